package org.trialkg.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search snippet made safe for a page: the record's text HTML-escaped, with the highlighter's {@code <b>} and
 * {@code </b>} as the only markup, and ClinicalTrials.gov's markdown backslash escapes ({@code \>=}, {@code \[})
 * read as the characters they stand for.
 *
 * <p>The unescape is CommonMark's backslash-escape rule (a backslash before ASCII punctuation stands for that
 * character) and nothing more, in one pattern, rather than commonmark-java: CT.gov's text is plain text that its
 * Markdown conversion escaped, not Markdown to render, and rendering it would make HTML that must be sanitised again.
 */
final class SnippetHtml {
    private static final Pattern MARK = Pattern.compile("</?b>");
    // CommonMark 0.31, "Backslash escapes": any ASCII punctuation character may be backslash-escaped.
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    private SnippetHtml() {
    }

    /** The snippet as HTML: every piece between the highlight marks unescaped, then escaped for HTML. */
    static String of(String snippet) {
        if (snippet == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(snippet.length() + 16);
        Matcher m = MARK.matcher(snippet);
        int from = 0;
        while (m.find()) {
            out.append(escape(unescapeMarkdown(snippet.substring(from, m.start())))).append(m.group());
            from = m.end();
        }
        return out.append(escape(unescapeMarkdown(snippet.substring(from)))).toString();
    }

    /** The text with CommonMark backslash escapes replaced by the characters they escape. */
    static String unescapeMarkdown(String text) {
        return MD_ESCAPE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
