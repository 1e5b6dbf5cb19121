package org.trialkg.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Turns the paths given to an ingest into inputs: files as they are, folders recursively (in name order, hidden
 * files skipped), zip archives entry by entry as a stream, so that an archive of any size is never unpacked or held
 * in memory. Anything that cannot be read is reported and the walk goes on.
 */
public final class SourceWalker {
    static final int HEAD_BYTES = 8192;
    // Zip entries up to this size are read into memory, so that they can be parsed on any thread, in parallel.
    static final int BUFFERED_ENTRY_BYTES = 16 * 1024 * 1024;

    private final Consumer<Problem> problems;

    public SourceWalker(Consumer<Problem> problems) {
        this.problems = problems;
    }

    /** Calls {@code each} for every input under the roots, in order. */
    public void walk(List<Path> roots, Consumer<SourceInput> each) {
        for (Path root : roots) {
            // Absolute paths: the same file ingested from another working directory is the same source record.
            walkOne(root.toAbsolutePath().normalize(), each);
        }
    }

    private void walkOne(Path path, Consumer<SourceInput> each) {
        if (!Files.exists(path)) {
            problems.accept(new Problem(path.toString(), "", "read", "no such file or folder"));
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> children = new ArrayList<>();
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
            } catch (IOException e) {
                problems.accept(new Problem(path.toString(), "", "read", "cannot list the folder: " + describe(e)));
                return;
            }
            children.forEach(c -> walkOne(c, each));
            return;
        }
        if (!Files.isReadable(path)) {
            problems.accept(new Problem(path.toString(), "", "read", "file is not readable (permission denied)"));
            return;
        }
        try {
            byte[] head = readHead(path);
            if (isZip(path, head)) {
                walkZip(path, each);
            } else {
                long size = Files.size(path);
                each.accept(new SourceInput(path.toString(), size, head, () -> Files.newInputStream(path)));
            }
        } catch (IOException e) {
            problems.accept(new Problem(path.toString(), "", "read", describe(e)));
        }
    }

    private void walkZip(Path zip, Consumer<SourceInput> each) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = zip + "!/" + e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (escapes(e.getName())) {
                    problems.accept(new Problem(name, "", "read",
                            "zip entry path escapes the archive (absolute or '..'): refused"));
                    continue;
                }
                String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (base.startsWith(".") || e.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                byte[] start = in.readNBytes(BUFFERED_ENTRY_BYTES + 1);
                byte[] head = java.util.Arrays.copyOf(start, Math.min(start.length, HEAD_BYTES));
                if (start.length <= BUFFERED_ENTRY_BYTES) {
                    each.accept(new SourceInput(name, start.length, head,
                            () -> new java.io.ByteArrayInputStream(start)));
                    continue;
                }
                InputStream rest = new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the archive stream stays open for the next entry
                    }
                };
                boolean[] opened = {false};
                each.accept(new SourceInput(name, e.getSize(), head, () -> {
                    if (opened[0]) {
                        throw new IOException("a zip entry can be read once only: " + name);
                    }
                    opened[0] = true;
                    return new SequenceInputStream(new java.io.ByteArrayInputStream(start), rest);
                }, true));
            }
        } catch (ZipException e) {
            problems.accept(new Problem(zip.toString(), "", "read", "broken zip archive: " + e.getMessage()));
        } catch (IOException e) {
            problems.accept(new Problem(zip.toString(), "", "read", describe(e)));
        }
    }

    static boolean escapes(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZip(Path path, byte[] head) {
        boolean magic = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        // DOCX and XLSX are zips too; they are documents, read whole by their readers.
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return magic && !(n.endsWith(".docx") || n.endsWith(".xlsx") || n.endsWith(".pptx") || n.endsWith(".odt"));
    }

    private static byte[] readHead(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT) + ": " + e.getMessage();
    }
}
