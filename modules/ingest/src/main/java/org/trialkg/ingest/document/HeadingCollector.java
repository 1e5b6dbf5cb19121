package org.trialkg.ingest.document;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Notes the headings a document marks as such while its text streams past: the text of Tika's {@code h1}-{@code
 * h6} elements (HTML headings, DOCX heading styles) and a PDF's outline, which Tika's PDF parser writes as a list
 * after the last page. A heading found so is a section boundary in the plain text whatever its words or case.
 */
final class HeadingCollector extends ContentHandlerDecorator {
    // A document with more headings than this is a long index; the first ones (the body's order) are kept.
    private static final int MAX_HEADINGS = 3000;
    // A heading is short; a longer "heading" element is a styled paragraph.
    private static final int MAX_LENGTH = 200;

    private final Set<String> headings = new LinkedHashSet<>();
    private final StringBuilder current = new StringBuilder();
    private int headingDepth;
    private int listItemDepth;
    private boolean afterPages;
    private int pageDepth;

    HeadingCollector(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (isHeading(name)) {
            headingDepth++;
        } else if (name.equals("li") && afterPages) {
            listItemDepth++;
            current.setLength(0);
        } else if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            pageDepth++;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (isHeading(name) && headingDepth > 0) {
            headingDepth--;
            if (headingDepth == 0) {
                keep();
            }
        } else if (name.equals("li") && listItemDepth > 0) {
            listItemDepth--;
            keep();
        } else if (name.equals("div") && pageDepth > 0) {
            // what a PDF gives after its pages (the outline) is no page text
            pageDepth--;
            afterPages = pageDepth == 0;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if ((headingDepth > 0 || listItemDepth > 0) && current.length() < MAX_LENGTH) {
            current.append(ch, start, Math.min(length, MAX_LENGTH - current.length()));
        }
        super.characters(ch, start, length);
    }

    private void keep() {
        String h = current.toString().replaceAll("\\s+", " ").strip();
        current.setLength(0);
        if (!h.isEmpty() && h.length() < MAX_LENGTH && headings.size() < MAX_HEADINGS) {
            headings.add(HeadingField.fold(h));
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** The headings seen so far, folded as {@link HeadingField#fold} folds a line. */
    Set<String> headings() {
        return Set.copyOf(headings);
    }
}
