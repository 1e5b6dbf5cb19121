package org.trialkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The description and examples sections of every command's help, wrapped at spaces only. Picocli wraps with the
 * JDK's line break rules, which break after a dot, a slash or a hyphen: "ClinicalTrials." at the end of one line
 * and "gov" at the start of the next, or "./" and "trialkg-store". Examples are printed as written, never wrapped,
 * so that they can be copied.
 */
final class HelpText {
    private HelpText() {
    }

    /** Puts the two renderers on the command and every subcommand. */
    static void install(CommandLine cl) {
        Map<String, IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpText::description);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, HelpText::footer);
        cl.setHelpSectionMap(sections);
    }

    private static String description(Help help) {
        StringBuilder b = new StringBuilder();
        for (String paragraph : help.commandSpec().usageMessage().description()) {
            wrap(paragraph, help.commandSpec().usageMessage().width()).forEach(l -> b.append(l).append('\n'));
        }
        return b.toString().replace("\n", System.lineSeparator());
    }

    private static String footer(Help help) {
        StringBuilder b = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().footer()) {
            b.append(line.replace("%n", System.lineSeparator())).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** The text in lines of at most {@code width} characters, broken at spaces only (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
