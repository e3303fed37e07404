package org.itascore.http;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request ids unique to a run of the service: a random prefix drawn at start and a counter, such as
 * {@code 3f9a-1c}. Jetty's own id counts per connection and repeats across them. Thread-safe.
 */
final class RequestIds {

    private final String prefix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    private final AtomicLong next = new AtomicLong();

    /** {@return the next id} */
    String next() {
        return prefix + "-" + Long.toString(next.incrementAndGet(), 36);
    }
}
