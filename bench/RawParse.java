import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The raw parse rate of registry files: how fast Jackson (JSON, CSV) and StAX (XML) alone read them, touching every
 * value but building nothing. The baseline trialkg's ingest rate is measured against.
 * Usage: java -cp 'modules/cli/target/lib/*' bench/RawParse.java PATH...
 */
public class RawParse {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long records = 0;
        long values = 0;
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        ObjectMapper json = new ObjectMapper();
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        for (String a : args) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(Path.of(a))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String n = f.getFileName().toString().toLowerCase();
                try (InputStream in = Files.newInputStream(f)) {
                    if (n.endsWith(".xml")) {
                        XMLStreamReader r = xif.createXMLStreamReader(in);
                        while (r.hasNext()) {
                            int e = r.next();
                            if (e == XMLStreamConstants.CHARACTERS) {
                                values++;
                            } else if (e == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("clinical_study")) {
                                records++;
                            }
                        }
                        r.close();
                    } else if (n.endsWith(".json")) {
                        // a study per top-level object, or per element of a top-level array
                        JsonParser p = json.getFactory().createParser(in);
                        int depth = 0;
                        boolean array = false;
                        JsonToken t;
                        while ((t = p.nextToken()) != null) {
                            if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                                if (depth == 0 && t == JsonToken.START_ARRAY) {
                                    array = true;
                                } else if (t == JsonToken.START_OBJECT && depth == (array ? 1 : 0)) {
                                    records++;
                                }
                                depth++;
                            } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                                depth--;
                            } else if (t.isScalarValue()) {
                                values++;
                            }
                        }
                    } else if (n.endsWith(".csv") || n.endsWith(".tsv")) {
                        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(n.endsWith(".tsv") ? '\t' : ',');
                        MappingIterator<Map<String, String>> it = csv.readerForMapOf(String.class).with(schema).readValues(in);
                        while (it.hasNext()) {
                            values += it.next().size();
                            records++;
                        }
                    }
                }
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("raw parse: %d records, %d values in %.2f s = %.0f records/s%n", records, values, secs, records / secs);
    }
}
