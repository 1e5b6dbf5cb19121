import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.trialkg.enrich.drug.SkosDrugLexicon;
import org.trialkg.enrich.regimen.RegimenParser;

/**
 * The regimen parser's rate by itself: every description, intervention name and arm label of the legacy XML files
 * under a folder, parsed in rounds in one JVM with the shipped lexicon. For an A/B of a change to the parser, run it
 * with each build in turn, alternating, and compare the rounds after the first (the JIT's).
 *
 * <p>Usage: {@code java -cp 'modules/cli/target/lib/*:modules/cli/target/trialkg.jar' bench/RegimenRate.java
 * ../shared/data/ctgov-xml [ROUNDS]}
 *
 * <p>Prints the texts and characters read, then each round's time and the components it found (the same in every
 * round and, for a change meant to keep the output, in both builds).
 */
public final class RegimenRate {
    private static final Pattern TEXT = Pattern.compile(
            "<(?:description|intervention_name|arm_group_label)>([^<]{10,})</");

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RegimenRate XML_DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isDirectory(Path.of(args[0]))) {
            System.err.println("RegimenRate: " + args[0] + " is not a folder");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".xml"))::iterator) {
                Matcher m = TEXT.matcher(Files.readString(file));
                while (m.find()) {
                    texts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
                }
            }
        }
        if (texts.isEmpty()) {
            System.err.println("RegimenRate: no legacy XML texts under " + args[0]);
            System.exit(2);
        }
        RegimenParser parser = new RegimenParser(SkosDrugLexicon.shipped());
        System.out.printf("%,d texts, %,d characters%n", texts.size(), texts.stream().mapToLong(String::length).sum());
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            int components = 0;
            for (String text : texts) {
                components += parser.parse(text, null, "description", null).size();
            }
            System.out.printf("round %d: %.0f ms, %,d components%n", round, (System.nanoTime() - t0) / 1e6, components);
        }
    }
}
