package org.trialkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command answers --help and -h with its usage and an example; the command list never cuts a sentence. */
class HelpTest {
    /** Every command and subcommand as the words that name it, from the tree picocli builds. */
    private static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        walk(new CommandLine(new Main()), new ArrayList<>(), out);
        return out;
    }

    private static void walk(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            walk(e.getValue(), p, out);
        }
    }

    @Test
    void everyCommandAnswersHelpWithAnExample() {
        List<List<String>> commands = commands();
        assertTrue(commands.size() >= 17, "commands found: " + commands);
        assertTrue(commands.contains(List.of("vocab", "load")), "subcommands are walked: " + commands);
        for (List<String> c : commands) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(c);
                args.add(flag);
                Cli.Run r = Cli.run(args.toArray(String[]::new));
                assertEquals(0, r.code(), c + " " + flag + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: trialkg " + String.join(" ", c)), c + ": " + r.out());
                assertTrue(r.out().contains("Example"), c + " has no example in its help: " + r.out());
                assertTrue(r.out().contains("trialkg " + c.get(0)), c + "'s example runs it: " + r.out());
            }
        }
    }

    @Test
    void helpWrapsBetweenWordsAndNeverCutsOne() {
        for (List<String> c : commands()) {
            List<String> args = new ArrayList<>(c);
            args.add("--help");
            // Lines joined with a space: a word or path cut at a line's end would come back with a space inside.
            String flat = Cli.run(args.toArray(String[]::new)).out().replaceAll("\\s+", " ");
            CommandLine cl = new CommandLine(new Main());
            for (String word : c) {
                cl = cl.getSubcommands().get(word);
            }
            var spec = cl.getCommandSpec();
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            spec.options().forEach(o -> texts.add(String.join(" ", o.description())));
            spec.positionalParameters().forEach(p -> texts.add(String.join(" ", p.description())));
            for (String text : texts) {
                String expected = text.replace("${DEFAULT-VALUE}", "").replaceAll("\\s+", " ").strip();
                for (String piece : expected.split("\\(default: \\)?")) {
                    assertTrue(flat.contains(piece.strip()), c + ": '" + piece.strip() + "' is shown unbroken in\n" + flat);
                }
            }
        }
    }

    @Test
    void helpOfTheRequiredArgumentsCommandsIsNotAMissingParameter() {
        Cli.Run r = Cli.run("ingest", "--help");
        assertEquals(0, r.code());
        assertFalse(r.err().contains("Missing required parameter"), r.err());
        assertEquals(0, Cli.run("stats", "--version").code());
        assertTrue(Cli.run("stats", "--version").out().startsWith("trialkg "));
    }

    @Test
    void topLevelListShowsEachCommandsWholeFirstSentence() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.code());
        // The list wraps within its column: join its lines to compare the sentences whole.
        String flat = r.out().replaceAll("\\s+", " ");
        CommandLine root = new CommandLine(new Main());
        for (var e : root.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            assertTrue(description.length > 0, e.getKey() + " has a description");
            String summary = description[0];
            assertTrue(summary.endsWith("."), e.getKey() + ": the summary is a whole sentence: '" + summary + "'");
            assertFalse(summary.substring(0, summary.length() - 1).matches(".*[.;] [A-Za-z].*"),
                    e.getKey() + ": the summary is one sentence: '" + summary + "'");
            assertTrue(flat.contains(" " + e.getKey() + " " + summary.replaceAll("\\s+", " ")),
                    e.getKey() + "'s summary is shown whole in the list: " + r.out());
        }
    }

    @Test
    void completionPrintsABashScriptForEveryCommand() {
        Cli.Run r = Cli.run("completion");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("complete -F"), "a bash completion script: " + r.out().lines().limit(5).toList());
        for (List<String> c : commands()) {
            assertTrue(r.out().contains(c.get(c.size() - 1)), "completes " + c);
        }
        assertTrue(r.out().contains("--json") && r.out().contains("--store"), "completes options");
    }
}
