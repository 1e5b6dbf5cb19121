package org.trialkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Notices that the client of a running query has closed its connection, and stops the query then.
 *
 * <p>Jetty does not read a connection while a request is handled (the request and its body are read before the
 * query runs), so a client that hangs up is seen only when the answer is written, which for a count or a sort is
 * after the whole query. The watch reads the connection itself every {@link #EVERY_MILLIS}: end of stream, or a
 * reset, means the client is gone. It runs only while the servlet handles the request and is stopped, under its
 * lock, before the servlet returns, so it never reads what Jetty reads: the next request on the connection.
 *
 * <p>A client that sends its next request before the answer (HTTP pipelining, which no browser, curl nor the JDK
 * client does) loses that request's first byte to the watch; the watch then stops reading, and the damaged request
 * gets a 400.
 */
final class ClientWatch {
    /**
     * 250 ms: a query left by its client stops within a quarter of a second plus its next step, while a query
     * costs four one-byte non-blocking reads a second.
     */
    static final long EVERY_MILLIS = 250;
    /** Queries stopped because their client went away, since the JVM started (read by tests). */
    static final AtomicLong CLIENTS_GONE = new AtomicLong();

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trialkg-client-watch");
        t.setDaemon(true);
        return t;
    });

    private final EndPoint endPoint;
    private final ByteBuffer one = BufferUtil.allocate(1);
    private final ScheduledFuture<?> task;
    private Runnable onGone;
    private boolean stopped;

    private ClientWatch(EndPoint endPoint) {
        this.endPoint = endPoint;
        this.task = TIMER.scheduleWithFixedDelay(this::check, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the connection; {@link #onGone} names what to stop, {@link #stop} ends the watch. */
    static ClientWatch start(EndPoint endPoint) {
        return new ClientWatch(endPoint);
    }

    /** What to run once when the client is found gone: the query's abort. */
    synchronized void onGone(Runnable action) {
        this.onGone = action;
    }

    /** Ends the watch; once this returns the watch never reads the connection again. */
    synchronized void stop() {
        stopped = true;
        task.cancel(false);
    }

    private synchronized void check() {
        if (stopped || onGone == null) {
            return;
        }
        int read;
        try {
            BufferUtil.clear(one);
            read = endPoint.fill(one);
        } catch (IOException e) {
            read = -1;   // reset by the peer: gone as surely as a clean close
        }
        if (read < 0 || !endPoint.isOpen()) {
            CLIENTS_GONE.incrementAndGet();
            stop();
            onGone.run();
        } else if (read > 0) {
            stop();   // a pipelined request: see the class comment
        }
    }
}
