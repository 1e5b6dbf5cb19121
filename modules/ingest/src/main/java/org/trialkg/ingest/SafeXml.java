package org.trialkg.ingest;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The one way trialkg's readers parse XML: every file is untrusted, so no DTD is read and no external entity is
 * fetched or expanded. An entity such as {@code <!ENTITY e SYSTEM "file:///etc/passwd">} must never pull a local
 * file into a record.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A StAX failure in words: a limit is named as one; anything else is broken XML at a line and column. */
    public static String describe(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber();
        String message = e.getMessage() == null ? "no detail" : e.getMessage().lines().findFirst().orElse("").strip();
        // Woodstox repeats the location at the head of its message: "ParseError at [row,col]:[1,2]\nMessage: ..."
        int cut = e.getMessage() == null ? -1 : e.getMessage().indexOf("Message: ");
        if (cut >= 0) {
            message = e.getMessage().substring(cut + "Message: ".length()).lines().findFirst().orElse("").strip();
        }
        if (message.contains("limit")) {
            return "XML past a limit of what trialkg reads" + where + ": " + message;
        }
        return "broken XML" + where + ": " + message;
    }

    /**
     * Woodstox's name for the longest text it returns as one event; text past it is an error, so that a 100 MB
     * element fails with a message instead of filling the heap.
     */
    static final String MAX_TEXT_LENGTH = "com.ctc.wstx.maxTextLength";
    static final String LAZY_PARSING = "com.ctc.wstx.lazyParsing";

    /**
     * A new StAX factory with DTDs and external entities off; adjacent text comes as one event, of at most
     * {@link ReadLimits#MAX_FIELD_CHARS} characters.
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // Woodstox comes with Jackson's XML module and is the factory found; the JDK's own has no such limit.
        if (!f.isPropertySupported(MAX_TEXT_LENGTH)) {
            throw new IllegalStateException("the StAX parser " + f.getClass().getName() + " cannot limit text length; "
                    + "trialkg needs Woodstox (com.fasterxml.woodstox:woodstox-core) on the classpath");
        }
        f.setProperty(MAX_TEXT_LENGTH, ReadLimits.MAX_FIELD_CHARS);
        // Parse each event when it is reached, so that an error (such as the limit above) comes from next() as an
        // XMLStreamException, never later from getText() as a RuntimeException.
        f.setProperty(LAZY_PARSING, false);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }
}
