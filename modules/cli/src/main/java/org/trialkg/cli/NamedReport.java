package org.trialkg.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trialkg.pipeline.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the commands that show one named thing ({@code drug}, {@code sponsor}) share, as a picocli mixin: the name of
 * one or more words, {@code --json}, and the lookup through the running server or the store.
 */
final class NamedReport {
    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The name; several words are joined.")
    List<String> words;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    String name() {
        return String.join(" ", words);
    }

    /**
     * Looks the name up ({@code api} on a running server, else {@code local} on the store) and prints the report as
     * JSON or through {@code text}; returns the exit code: 1, with {@code missing} on standard error, when not found.
     */
    <T> int show(Main main, String api, Class<T> type, Function<Workspace, Optional<T>> local, String missing,
            Consumer<T> text) {
        Optional<T> r = main.report(api + ServerClient.encode(name()), type, local);
        if (r.isEmpty()) {
            System.err.println(missing);
            return 1;
        }
        if (json) {
            System.out.println(Json.write(r.get()));
        } else {
            text.accept(r.get());
        }
        return 0;
    }
}
