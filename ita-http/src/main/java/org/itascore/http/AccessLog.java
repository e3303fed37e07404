package org.itascore.http;
import static java.util.Objects.requireNonNull;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The service's access log, written by one thread of its own so that a request never waits for it: a request
 * hands its line to a bounded queue and goes on; when the queue is full (the log's reader stopped reading, a
 * pipe nobody drains, a disk that hangs) the line is dropped and counted, not waited on.
 *
 * <p>Thread-safe. The writer is a daemon thread; {@link #close} lets it write what is queued, for a while.
 */
final class AccessLog implements AutoCloseable {

    /** How many lines wait at most: at about 120 bytes a line, about 1 MiB. */
    static final int CAPACITY = 8192;

    private static final String STOP = new String("stop");

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    AccessLog(Consumer<String> sink) {
        requireNonNull(sink, "sink");
        this.writer = new Thread(() -> drain(sink), "ita-http-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain(Consumer<String> sink) {
        try {
            for (String line = queue.take(); line != STOP; line = queue.take()) {
                try {
                    sink.accept(line);
                } catch (RuntimeException e) {
                    // a sink that fails loses its line; the log goes on with the next one
                    dropped.incrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Queues a line, never waiting.
     *
     * @param line the line
     */
    void log(String line) {
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** {@return how many lines were dropped: the queue was full, or the sink failed on them} */
    long dropped() {
        return dropped.get();
    }

    /** Lets the writer write what is queued, waiting up to two seconds for a sink that still reads, then stops it. */
    @Override
    public void close() {
        boolean queued = queue.offer(STOP);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queued || writer.isAlive()) {
            writer.interrupt();
        }
    }
}
