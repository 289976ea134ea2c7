package io.gigafab.gateway.opcua;

import java.time.Duration;

/** Exponential back-off between connection attempts: 0.5 s, 1 s, 2 s … up to a ceiling. */
final class Backoff {

    static final Duration FIRST = Duration.ofMillis(500);

    private final Duration ceiling;
    private Duration next = FIRST;

    Backoff(Duration ceiling) {
        this.ceiling = ceiling.compareTo(FIRST) < 0 ? FIRST : ceiling;
    }

    /** The delay before the next attempt; each call doubles the one after, up to the ceiling. */
    synchronized Duration next() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }

    /** After a success: start again from the first delay. */
    synchronized void reset() {
        next = FIRST;
    }
}
