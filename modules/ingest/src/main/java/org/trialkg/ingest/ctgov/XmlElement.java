package org.trialkg.ingest.ctgov;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a small XML document read with StAX, with its attributes, its own text and its child elements.
 * One legacy ClinicalTrials.gov study is a file of some kilobytes, so it is read whole into this tree.
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** Reads the document's root element and everything under it. */
    static XmlElement read(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        try {
            List<Open> stack = new ArrayList<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        stack.add(new Open(r.getLocalName(), attrs));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Open o = stack.remove(stack.size() - 1);
                        XmlElement e = new XmlElement(o.name, o.attributes, o.text.toString(), o.children);
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.get(stack.size() - 1).children.add(e);
                        }
                    }
                    default -> {
                        // comments, processing instructions, the DTD and unresolved entity references are skipped
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no root element");
            }
            return root;
        } finally {
            r.close();
        }
    }

    /** The first child of that name, or null. */
    XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlElement> all(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The stripped text of the element at the path of child names, or null when absent or blank. */
    String text(String... path) {
        XmlElement e = this;
        for (String p : path) {
            e = e.child(p);
            if (e == null) {
                return null;
            }
        }
        String t = e.text.strip();
        return t.isEmpty() ? null : t;
    }

    /** The stripped texts of every child of that name, blanks left out. */
    List<String> texts(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlElement c : all(childName)) {
            String t = c.text.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static final class Open {
        final String name;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Open(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }
}
