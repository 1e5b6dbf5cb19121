package org.trialkg.cli;

/** Shows highlighted words: bold on a terminal, **word** elsewhere. */
final class Terminal {
    private static final boolean TTY = System.console() != null && System.getenv("NO_COLOR") == null;

    private Terminal() {
    }

    static String bold(String snippet) {
        return TTY ? snippet.replace("<b>", "\u001b[1m").replace("</b>", "\u001b[0m")
                : snippet.replace("<b>", "**").replace("</b>", "**");
    }
}
