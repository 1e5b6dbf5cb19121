package org.trialkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file {@code server.json} in a store folder while {@code trialkg serve} runs on it: the server's URL and
 * process, so that read commands on the same folder ask the server (TDB2 lets one process open a store) and writes
 * say which server to stop. A file left by a server that was killed names a process that is gone, and is ignored.
 *
 * @param url the server's base URL, such as {@code http://127.0.0.1:3030/}
 * @param sparql the URL of its SPARQL endpoint
 * @param pid the serving process
 */
record ServerFile(String url, String sparql, long pid) {
    static final String NAME = "server.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    ServerFile {
        if (url == null || !url.startsWith("http") || !url.endsWith("/")) {
            throw new IllegalArgumentException("url: expected http(s)://host:port/, was '" + url + "'");
        }
        if (sparql == null || !sparql.startsWith(url)) {
            throw new IllegalArgumentException("sparql: expected a URL under " + url + ", was '" + sparql + "'");
        }
        if (pid <= 0) {
            throw new IllegalArgumentException("pid: expected a process ID, was " + pid);
        }
    }

    /** Writes the file, whole or not at all (a reader never sees half of it). */
    void write(Path storeDir) {
        Path tmp = storeDir.resolve(NAME + ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), this);
            Files.move(tmp, storeDir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + storeDir.resolve(NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file if this process wrote it (another server may have replaced it since). */
    void delete(Path storeDir) {
        if (read(storeDir).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(storeDir.resolve(NAME));
            } catch (IOException e) {
                // The server is stopping: a file left behind names a process that is gone, and readers ignore it.
            }
        }
    }

    /** The server running on the store folder; empty when none, or when the file names a process that is gone. */
    static Optional<ServerFile> running(Path storeDir) {
        return read(storeDir).filter(s -> ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false));
    }

    private static Optional<ServerFile> read(Path storeDir) {
        try {
            return Optional.of(MAPPER.readValue(Files.readString(storeDir.resolve(NAME)), ServerFile.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // Not a file a server wrote (or one cut short by a full disk): no server to ask.
            return Optional.empty();
        }
    }

    String describe() {
        return "the server at " + url + " (pid " + pid + ")";
    }
}
