package org.trialkg.enrich.regimen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of the first sheet of a WHO ICTRP XLSX export, each as a map from the header row's column names to the
 * cell's text: what a labelled set of its Intervention fields is measured against. Reads the workbook's XML with
 * the JDK's StAX (the project's reader, {@code IctrpXlsxReader}, lives in the ingest module, which depends on this
 * one).
 */
final class IctrpWorkbook {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";

    private IctrpWorkbook() {
    }

    static List<Map<String, String>> rows(Path xlsx) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> strings = sharedStrings(zip, factory);
            ZipEntry sheet = zip.getEntry(SHEET);
            if (sheet == null) {
                throw new IOException(xlsx + ": no " + SHEET);
            }
            List<Map<Integer, String>> cells = cells(zip, sheet, factory, strings);
            List<Map<String, String>> out = new ArrayList<>();
            if (cells.isEmpty()) {
                return out;
            }
            Map<Integer, String> header = cells.get(0);
            for (Map<Integer, String> row : cells.subList(1, cells.size())) {
                Map<String, String> named = new LinkedHashMap<>();
                // as the ingest's reader gives them: the July 2020 workbook's Mac Roman sequences repaired
                header.forEach((i, name) -> named.put(name.strip(),
                        org.trialkg.model.MacRomanText.repaired(row.getOrDefault(i, ""))));
                out.add(named);
            }
            return out;
        } catch (XMLStreamException e) {
            throw new IOException(xlsx + ": " + e.getMessage(), e);
        }
    }

    private static List<String> sharedStrings(ZipFile zip, XMLInputFactory factory)
            throws IOException, XMLStreamException {
        List<String> out = new ArrayList<>();
        ZipEntry entry = zip.getEntry(STRINGS);
        if (entry == null) {
            return out;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            StringBuilder si = null;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("si")) {
                    si = new StringBuilder();
                } else if (ev == XMLStreamReader.START_ELEMENT && x.getLocalName().equals("t") && si != null) {
                    si.append(x.getElementText());
                } else if (ev == XMLStreamReader.END_ELEMENT && x.getLocalName().equals("si")) {
                    out.add(si.toString());
                    si = null;
                }
            }
        }
        return out;
    }

    private static List<Map<Integer, String>> cells(ZipFile zip, ZipEntry sheet, XMLInputFactory factory,
            List<String> strings) throws IOException, XMLStreamException {
        List<Map<Integer, String>> rows = new ArrayList<>();
        try (InputStream in = zip.getInputStream(sheet)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            Map<Integer, String> row = null;
            int column = -1;
            String type = null;
            StringBuilder value = new StringBuilder();
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamReader.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "row" -> row = new HashMap<>();
                        case "c" -> {
                            column = column(x.getAttributeValue(null, "r"));
                            type = x.getAttributeValue(null, "t");
                            value.setLength(0);
                        }
                        case "v", "t" -> value.append(x.getElementText());
                        default -> { }
                    }
                } else if (ev == XMLStreamReader.END_ELEMENT && x.getLocalName().equals("c") && row != null) {
                    String v = value.toString();
                    row.put(column, "s".equals(type) && !v.isEmpty() ? strings.get(Integer.parseInt(v.strip())) : v);
                } else if (ev == XMLStreamReader.END_ELEMENT && x.getLocalName().equals("row") && row != null) {
                    rows.add(row);
                    row = null;
                }
            }
        }
        return rows;
    }

    /** "AB12" is column 27 counting from 0. */
    private static int column(String ref) {
        int n = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return n - 1;
    }
}
