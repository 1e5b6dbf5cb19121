package org.trialkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SnippetHtmlTest {
    @Test
    void escapesTheTextAndKeepsTheHighlightMarks() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; <b>capecitabine</b> &amp; &quot;q&quot; &#39;",
                SnippetHtml.of("<script>x</script> <b>capecitabine</b> & \"q\" '"));
    }

    @Test
    void escapesMarksWithAttributesAsText() {
        assertEquals("&lt;b onmouseover=1&gt;x</b>", SnippetHtml.of("<b onmouseover=1>x</b>"));
    }

    @Test
    void readsMarkdownBackslashEscapesAsTheirCharacters() {
        assertEquals("age &gt;= 18 [stage III] *not bold* 50\\% a\\b", SnippetHtml.of("age \\>= 18 \\[stage III\\] \\*not bold\\* 50\\\\% a\\b"));
        assertEquals("C:\\path", SnippetHtml.unescapeMarkdown("C:\\path"), "a backslash before a letter stays");
    }

    @Test
    void noSnippetStaysNone() {
        assertNull(SnippetHtml.of(null));
    }
}
