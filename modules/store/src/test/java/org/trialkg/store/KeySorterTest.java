package org.trialkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come out in the order of their big-endian bytes, every one as often as it went in, from memory or merged runs. */
class KeySorterTest {

    @Test
    void sortsInMemoryAndAcrossRunsAsUnsignedBytes(@TempDir Path dir) throws IOException {
        Random random = new Random(11);
        for (int n : new int[] {0, 1, 99, 100, 101, 1_000, 5_003}) {
            List<long[]> keys = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // few distinct values per word, so that keys share prefixes and repeat; some with the top bit set
                // (TDB2's inline values), which a signed comparison would put first
                long[] k = new long[4];
                for (int w = 0; w < 4; w++) {
                    k[w] = switch (random.nextInt(4)) {
                        case 0 -> random.nextInt(3);
                        case 1 -> Long.MIN_VALUE | random.nextInt(3);
                        case 2 -> -1L;
                        default -> random.nextLong();
                    };
                }
                keys.add(k);
            }
            Path temp = dir.resolve("n" + n);
            List<long[]> out = new ArrayList<>();
            int runs;
            try (KeySorter sorter = new KeySorter(4, 100, temp)) {
                keys.forEach(sorter::add);
                try (KeySorter.Keys sorted = sorter.sorted()) {
                    while (sorted.next()) {
                        out.add(new long[] {sorted.word(0), sorted.word(1), sorted.word(2), sorted.word(3)});
                    }
                }
                runs = sorter.runs();
            }
            assertEquals(n <= 100 ? 0 : (n + 99) / 100, runs, n + " keys: runs of 100");
            List<String> expected = keys.stream().map(KeySorterTest::bytes).sorted().toList();
            assertEquals(expected, out.stream().map(KeySorterTest::bytes).toList(), n + " keys in byte order");
            try (Stream<Path> left = Files.exists(temp) ? Files.list(temp) : Stream.empty()) {
                assertEquals(0, left.count(), "the run files are deleted");
            }
        }
    }

    @Test
    void refusesKeysAfterSortingBegan(@TempDir Path dir) {
        try (KeySorter sorter = new KeySorter(2, 10, dir)) {
            sorter.add(new long[] {1, 2});
            assertTrue(sorter.sorted().next());
            assertThrows(IllegalStateException.class, () -> sorter.add(new long[] {3, 4}));
            assertThrows(IllegalStateException.class, sorter::sorted);
        }
        assertThrows(IllegalArgumentException.class, () -> new KeySorter(0, 10, dir));
    }

    /** The key as a string of hex bytes, big-endian: strings sort as the bytes do, unsigned. */
    private static String bytes(long[] key) {
        ByteBuffer b = ByteBuffer.allocate(key.length * Long.BYTES);
        Arrays.stream(key).forEach(b::putLong);
        StringBuilder s = new StringBuilder();
        for (byte x : b.array()) {
            s.append(String.format("%02x", x & 0xff));
        }
        return s.toString();
    }
}
