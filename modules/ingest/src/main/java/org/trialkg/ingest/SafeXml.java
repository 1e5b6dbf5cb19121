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

    /** A new StAX factory with DTDs and external entities off; adjacent text comes as one event. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
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
