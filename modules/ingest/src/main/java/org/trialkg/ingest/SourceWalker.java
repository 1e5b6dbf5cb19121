package org.trialkg.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
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

    /**
     * Calls {@code each} for every input under the roots, in order. Each folder and file is visited once by its
     * real path, however many symbolic links lead to it: a link to a parent folder would otherwise walk round
     * until the path grew too long, storing every file under it each time.
     */
    public void walk(List<Path> roots, Consumer<SourceInput> each) {
        Set<Path> visited = new HashSet<>();
        for (Path root : roots) {
            // Absolute paths: the same file ingested from another working directory is the same source record.
            walkOne(root.toAbsolutePath().normalize(), each, visited);
        }
    }

    private void walkOne(Path path, Consumer<SourceInput> each, Set<Path> visited) {
        if (!Files.exists(path)) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "no such file or folder"));
            return;
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "cannot resolve the path: " + describe(e)));
            return;
        }
        if (!visited.add(real)) {
            if (Files.isDirectory(real)) {
                problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "folder already read as " + real
                        + " (a symbolic link leads back to it); skipped"));
            }
            // a file reached twice is simply read once, as the user meant
            return;
        }
        if (Files.isDirectory(path)) {
            List<Path> children = new ArrayList<>();
            try (Stream<Path> list = Files.list(path)) {
                list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(children::add);
            } catch (IOException e) {
                problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "cannot list the folder: " + describe(e)));
                return;
            }
            children.forEach(c -> walkOne(c, each, visited));
            return;
        }
        if (!Files.isRegularFile(path)) {
            // Opening a FIFO blocks until something writes to it, a device may never end: neither is a file of
            // records, so they are not opened at all.
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "not a regular file (" + kind(path)
                    + "); skipped"));
            return;
        }
        if (!Files.isReadable(path)) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "file is not readable (permission denied)"));
            return;
        }
        try {
            byte[] head = readHead(path);
            if (isZip(path, head)) {
                walkZip(path, each);
            } else if (isGzip(head)) {
                walkGzip(path, each);
            } else {
                long size = Files.size(path);
                each.accept(new SourceInput(path.toString(), size, head, () -> Files.newInputStream(path)));
            }
        } catch (IOException e) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, describe(e)));
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
                    problems.accept(new Problem(name, "", Problem.Stage.READ,
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
            problems.accept(new Problem(zip.toString(), "", Problem.Stage.READ, "broken zip archive: "
                    + (e.getMessage() == null ? "cannot read its entries" : e.getMessage())));
        } catch (EOFException e) {
            problems.accept(new Problem(zip.toString(), "", Problem.Stage.READ, "broken zip archive: it starts like a zip but ends "
                    + "inside an entry (truncated, or not a zip archive at all)"));
        } catch (IOException e) {
            problems.accept(new Problem(zip.toString(), "", Problem.Stage.READ, describe(e)));
        }
    }

    /**
     * A gzip-compressed file (such as a page {@code trialkg fetch} kept) is read through its decompressed stream,
     * never unpacked to disk; its format is detected from the decompressed head.
     */
    private void walkGzip(Path path, Consumer<SourceInput> each) {
        byte[] head;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (EOFException | ZipException e) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, "broken gzip file: it starts like "
                    + "gzip but cannot be decompressed (truncated or damaged)"));
            return;
        } catch (IOException e) {
            problems.accept(new Problem(path.toString(), "", Problem.Stage.READ, describe(e)));
            return;
        }
        each.accept(new SourceInput(path.toString(), -1, head, () -> new GZIPInputStream(Files.newInputStream(path))));
    }

    private static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
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
        String kind = e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /** What a path that is neither a folder nor a regular file is, in the words of {@code ls -l}. */
    private static String kind(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> "a named pipe (FIFO)";
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix view on this file system: say what is known
        }
        return "a special file";
    }
}
