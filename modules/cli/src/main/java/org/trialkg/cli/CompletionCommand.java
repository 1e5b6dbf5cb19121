package org.trialkg.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints a completion script for bash and zsh.",
            "The script completes commands, subcommands and options, and file names where a command takes a path."},
        footer = {"%nExamples:",
            "  source <(trialkg completion)                       # this shell only",
            "  trialkg completion > ~/.local/share/bash-completion/completions/trialkg",
            "  # zsh: autoload -U +X bashcompinit && bashcompinit; source <(trialkg completion)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Picocli's generator reads the whole command tree, so every new command and option completes as it is added.
        System.out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        System.out.flush();
        return 0;
    }
}
