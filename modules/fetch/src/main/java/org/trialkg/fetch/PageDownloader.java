package org.trialkg.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Downloads one API page to a file, retrying as its {@link RetryPolicy} says: the body goes to a temporary file, is
 * read to its end as a {@code /studies} page (a body cut short is retried like a dropped connection), then is
 * gzipped and moved into place in one step, so that a page file that exists is always a whole page.
 */
public final class PageDownloader {
    /** Waiting for a connection: a server that accepts none within this is down or unreachable. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /**
     * Waiting for a page's response headers. The API answers in a second or two; the search of a large page may take
     * longer on a busy day, so a minute before the attempt counts as failed.
     */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Receiving a whole page: a page of 1,000 full studies is tens of MB, which takes minutes on a slow line;
     * past 10 minutes a stalled body is given up and the page requested again.
     */
    public static final Duration PAGE_TIMEOUT = Duration.ofMinutes(10);

    private final HttpClient http;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration pageTimeout;
    private final Consumer<String> progress;

    public PageDownloader(RetryPolicy retry, Sleeper sleeper, Clock clock, Consumer<String> progress) {
        this(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
                .build(), retry, sleeper, clock, PAGE_TIMEOUT, progress);
    }

    PageDownloader(HttpClient http, RetryPolicy retry, Sleeper sleeper, Clock clock, Duration pageTimeout,
            Consumer<String> progress) {
        this.http = Objects.requireNonNull(http, "http client");
        this.retry = Objects.requireNonNull(retry, "retry policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pageTimeout = Objects.requireNonNull(pageTimeout, "page timeout");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Downloads {@code uri} to {@code target} (gzipped) and returns what the page says of itself.
     *
     * @param what the page in words, for messages ({@code page 3})
     * @throws FetchException when the server refuses the request, or every attempt failed
     */
    public ApiPage download(URI uri, Path target, String what) {
        // Hidden names: 'trialkg ingest <store>/downloads' skips them, should a kill leave one behind.
        Path raw = target.resolveSibling("." + target.getFileName() + ".download");
        Path packed = target.resolveSibling("." + target.getFileName() + ".tmp");
        HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").header("User-Agent", "trialkg/0.1 (+fetch)").build();
        String lastFailure = "";
        long started = System.nanoTime();
        try {
            for (int attempt = 1; ; attempt++) {
                Attempt a = attempt(request, raw);
                if (a.page() != null) {
                    pack(raw, packed, target);
                    return a.page();
                }
                if (!a.retryable()) {
                    throw new FetchException(what + ": " + a.failure() + " (" + uri + ")");
                }
                lastFailure = a.failure();
                if (attempt >= retry.attempts()) {
                    throw new FetchException(String.format("%s: %s; gave up after %d attempts in %s", what,
                            lastFailure, attempt, Durations.words(Duration.ofNanos(System.nanoTime() - started))));
                }
                Duration wait = retry.wait(attempt, a.retryAfter());
                if (wait.compareTo(retry.longestWait()) > 0) {
                    throw new FetchException(String.format("%s: %s, and the server asks to wait %s before trying "
                            + "again (Retry-After); run it again after %s", what, lastFailure, Durations.words(wait),
                            clock.instant().plus(wait).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                }
                progress.accept(String.format("... %s: %s; retrying in %s (attempt %d of %d)", what, lastFailure,
                        Durations.words(wait), attempt + 1, retry.attempts()));
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(what + ": interrupted", e);
        } finally {
            deleteQuietly(raw);
            deleteQuietly(packed);
        }
    }

    /** One request: a page, or why not and whether trying again may help. */
    private record Attempt(ApiPage page, String failure, boolean retryable, Optional<Duration> retryAfter) {
        static Attempt failed(String failure, boolean retryable) {
            return new Attempt(null, failure, retryable, Optional.empty());
        }
    }

    private Attempt attempt(HttpRequest request, Path raw) throws InterruptedException {
        CompletableFuture<HttpResponse<Path>> future = http.sendAsync(request, HttpResponse.BodyHandlers.ofFile(raw,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
        HttpResponse<Path> response;
        try {
            response = future.get(pageTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return Attempt.failed("no whole page within " + Durations.words(pageTimeout), true);
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            return Attempt.failed("connection failed (" + describe(c) + ")", true);
        }
        int status = response.statusCode();
        if (status == 200) {
            try (InputStream in = Files.newInputStream(raw)) {
                return new Attempt(ApiPage.read(in), "", false, Optional.empty());
            } catch (ApiPage.MalformedPageException e) {
                return Attempt.failed("incomplete or broken page (" + e.getMessage() + ")", true);
            } catch (IOException e) {
                return Attempt.failed("cannot read the downloaded page (" + describe(e) + ")", true);
            }
        }
        String body = firstLine(raw);
        String failure = "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
        if (status == 429 || status >= 500) {
            Optional<Duration> after = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null),
                    clock.instant());
            return new Attempt(null, failure, true, after);
        }
        return Attempt.failed(failure, false);
    }

    /** Gzips the raw page next to the target, forces it to disk, and moves it into place in one step. */
    private static void pack(Path raw, Path packed, Path target) {
        try {
            try (InputStream in = Files.newInputStream(raw);
                    OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
                in.transferTo(out);
            }
            try (FileChannel ch = FileChannel.open(packed, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(packed, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(packed, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FetchException("cannot save the page as " + target + ": " + describe(e), e);
        }
    }

    /** The start of an error body (the API answers 400 with a plain-text message), on one line. */
    private static String firstLine(Path raw) {
        try (InputStream in = Files.newInputStream(raw)) {
            String s = new String(in.readNBytes(300), StandardCharsets.UTF_8);
            return s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    static String describe(Throwable t) {
        String kind = t.getClass().getSimpleName();
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage().lines().findFirst().orElse("");
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is overwritten by the next attempt
        }
    }
}
