package org.trialkg.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trialkg.vocab.TK;

/**
 * What the linker blocks on, over every trial a record describes: the trials in IRI order (a trial's index is its
 * place), which trials hold each title word and which hold each blocking key (a whole title, an acronym, a registry
 * ID). A full run builds it from every trial's titles; a run after a change takes the one the last run kept in the
 * store folder and replaces the entries of the changed trials only, so that it reads the titles of those and no
 * others. On 600,000 trials reading every title from a store larger than memory and tokenising it again took most
 * of the time to link 1,000 changed trials.
 *
 * <p>The file is as current as the links graph is: every trial an ingest or a removal changes is listed in the
 * store's {@code link-pending} file until a run that links has handled it, and that run passes it here as changed.
 * The file also holds a fingerprint of the tokeniser and the blocking keys, so that a version of trialkg that
 * splits titles otherwise builds it again instead of reading postings it would not make.
 *
 * @param iris the trials, in ascending IRI order
 * @param words the trials holding each title word ({@link Similarity#tokens(Collection)})
 * @param keys the trials holding each blocking key
 */
record Blocking(List<String> iris, Postings words, Postings keys) {
    private static final String MAGIC = "trialkg link blocking 1";
    /** Titles whose words and keys stand for the tokeniser's rules in the fingerprint. */
    private static final List<String> PROBE_TITLES = List.of(
            "A Phase III, Randomised Study of JS001 (Toripalimab) vs Placebo - the TORCH-2 Trial (NCT01234567)",
            "Étude de phase 2 du nivolumab chez l'adulte atteint d'un cancer du poumon; EudraCT 2019-001234-56",
            "評価 of PD-1 inhibitor in ESCC: ChiCTR2000029468, CTRI/2020/04/024775, jRCT2031200001");

    /** Builds it from every trial's titles; {@code iris} must be in ascending order. */
    static Blocking of(List<String> iris, Function<String, List<String>> titlesOf) {
        Postings.Builder w = new Postings.Builder();
        Postings.Builder k = new Postings.Builder();
        for (String iri : iris) {
            List<String> titles = titlesOf.apply(iri);
            w.add(Similarity.tokens(titles));
            k.add(TrialLinker.blockingKeys(iri, titles));
        }
        return new Blocking(List.copyOf(iris), w.build(), k.build());
    }

    /**
     * This blocking after a change: the {@code changed} trials lose their entries, and those of them still
     * described come back with the words and keys of their titles now.
     *
     * @param changed trials changed since this blocking was made
     * @param described those of them a record describes now (a subset of {@code changed})
     * @param titlesOf the titles now of each trial in {@code described}
     */
    Blocking update(Set<String> changed, Set<String> described, Function<String, List<String>> titlesOf) {
        Set<String> all = new java.util.TreeSet<>(iris);
        all.removeAll(changed);
        all.addAll(described);
        List<String> next = new ArrayList<>(all);
        // where each trial of this blocking goes in the next, -1 for a changed one
        int[] moved = new int[iris.size()];
        for (int i = 0, j = 0; i < iris.size(); i++) {
            String iri = iris.get(i);
            if (changed.contains(iri)) {
                moved[i] = -1;
                continue;
            }
            while (!next.get(j).equals(iri)) {
                j++;
            }
            moved[i] = j;
        }
        List<String> addedIris = List.copyOf(described);
        int[] added = addedIris.stream().mapToInt(iri -> java.util.Collections.binarySearch(next, iri)).toArray();
        return new Blocking(List.copyOf(next),
                words.remap(moved, next.size(), added, i -> Similarity.tokens(titlesOf.apply(addedIris.get(i)))),
                keys.remap(moved, next.size(), added,
                        i -> TrialLinker.blockingKeys(addedIris.get(i), titlesOf.apply(addedIris.get(i)))));
    }

    /** Writes it to a file, replacing the one there only once it is whole. */
    void write(Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeLong(fingerprint());
            out.writeInt(iris.size());
            for (String iri : iris) {
                out.writeUTF(iri);
            }
            words.write(out);
            keys.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("link blocking: cannot write " + tmp + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("link blocking: cannot replace " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The blocking a file holds; empty when there is none, or it was made by another tokeniser or cut short (the
     * caller then builds it from the store).
     */
    static Optional<Blocking> read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readLong() != fingerprint()) {
                return Optional.empty();
            }
            int n = in.readInt();
            List<String> iris = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                iris.add(in.readUTF());
            }
            Postings words = Postings.read(in, n);
            Postings keys = Postings.read(in, n);
            return in.read() == -1 ? Optional.of(new Blocking(List.copyOf(iris), words, keys)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a file cut short or written by something else: built again
        }
    }

    /** A hash of the words and keys the tokeniser makes of {@link #PROBE_TITLES}. */
    static long fingerprint() {
        Set<String> all = new HashSet<>(Similarity.tokens(PROBE_TITLES));
        all.addAll(TrialLinker.blockingKeys(TK.ID + "trial/nct/NCT04280705", PROBE_TITLES));
        String[] sorted = all.toArray(String[]::new);
        Arrays.sort(sorted);
        return Postings.hash(String.join("\n", sorted));
    }
}
