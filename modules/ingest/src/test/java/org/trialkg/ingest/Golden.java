package org.trialkg.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Golden files for the readers: an input written for a test, beside it the records and problems a reader gives for
 * it as JSON, compared as JSON trees. Both live in {@code src/test/resources} in the test's package folder, the
 * expected output as {@code NAME.expected.json} beside the input {@code NAME}.
 *
 * <p>When a reader's output changes on purpose, run the tests with {@code -Dtrialkg.golden.update=true} (or the
 * environment variable {@code TRIALKG_GOLDEN_UPDATE=true}): each golden test then writes what the reader gives into
 * its expected file instead of comparing, and the change shows in {@code git diff}.
 *
 * <pre>{@code
 * Golden.check(getClass(), "api-v2-study.json", new CtgovJsonReader());
 * }</pre>
 */
public final class Golden {
    /** Records by their fields, not their convenience methods ({@code isEmpty}, {@code kind}), in a stable order. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final int HEAD = 8192;

    private Golden() {
    }

    /** Whether this run rewrites the expected files instead of comparing with them. */
    public static boolean updating() {
        return Boolean.getBoolean("trialkg.golden.update")
                || "true".equalsIgnoreCase(System.getenv("TRIALKG_GOLDEN_UPDATE"));
    }

    /** Reads the input resource {@code name} beside {@code test} with the reader and checks what it gives. */
    public static CollectingSink check(Class<?> test, String name, SourceReader reader) {
        SourceInput input = input(test, name);
        CollectingSink sink = new CollectingSink();
        try {
            reader.read(input, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        check(test, name, sink);
        return sink;
    }

    /** Checks records and problems (pushed for the input {@code name} beside {@code test}) against its golden file. */
    public static void check(Class<?> test, String name, CollectingSink sink) {
        ObjectNode actual = JSON.createObjectNode();
        actual.set("records", JSON.valueToTree(sink.records));
        actual.set("problems", JSON.valueToTree(sink.problems));
        String expectedName = name + ".expected.json";
        if (updating()) {
            write(test, expectedName, actual);
            return;
        }
        JsonNode expected;
        try (InputStream in = test.getResourceAsStream(expectedName)) {
            assertNotNull(in, "no golden file " + expectedName + " beside " + name + " (package of "
                    + test.getSimpleName() + "); run with -Dtrialkg.golden.update=true to write it");
            expected = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> diff = new ArrayList<>();
        diff("", expected, JSON.valueToTree(actual), diff);
        if (!diff.isEmpty()) {
            fail(name + " differs from " + expectedName + " in " + diff.size() + " place(s) (run with "
                    + "-Dtrialkg.golden.update=true if the change is meant):\n  "
                    + String.join("\n  ", diff.subList(0, Math.min(40, diff.size())))
                    + (diff.size() > 40 ? "\n  ..." : ""));
        }
    }

    /** The resource {@code name} beside {@code test} as a reader's input, named by its file name alone. */
    public static SourceInput input(Class<?> test, String name) {
        byte[] bytes;
        try (InputStream in = test.getResourceAsStream(name)) {
            assertNotNull(in, "golden input missing: " + name + " in the package of " + test.getName());
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SourceInput(name, bytes.length, Arrays.copyOf(bytes, Math.min(HEAD, bytes.length)),
                () -> new ByteArrayInputStream(bytes));
    }

    /** Each place the trees differ, as a JSON pointer with what was expected and what was found. */
    static void diff(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                String path = at + "/" + n;
                if (!actual.has(n)) {
                    out.add(path + ": missing, expected " + brief(expected.get(n)));
                } else if (!expected.has(n)) {
                    out.add(path + ": not expected, was " + brief(actual.get(n)));
                } else {
                    diff(path, expected.get(n), actual.get(n), out);
                }
            }
        } else if (expected.isArray() && actual.isArray()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            int i = 0;
            for (; e.hasNext() && a.hasNext(); i++) {
                diff(at + "/" + i, e.next(), a.next(), out);
            }
            if (expected.size() != actual.size()) {
                out.add(at + ": expected " + expected.size() + " elements, was " + actual.size());
            }
        } else {
            out.add((at.isEmpty() ? "/" : at) + ": expected " + brief(expected) + ", was " + brief(actual));
        }
    }

    private static String brief(JsonNode node) {
        String s = node.toString();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** Writes the expected file into the module's test resources (the tests run in the module's folder). */
    private static void write(Class<?> test, String expectedName, JsonNode actual) {
        Path dir = Path.of("src", "test", "resources").resolve(test.getPackageName().replace('.', '/'));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(expectedName), JSON.writeValueAsString(actual) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
