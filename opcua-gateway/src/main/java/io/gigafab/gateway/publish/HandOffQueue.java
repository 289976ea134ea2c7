package io.gigafab.gateway.publish;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded hand-off between the OPC UA listener threads (many producers) and the batcher (one
 * consumer). Lock-free: {@link #offer} never waits — it either takes the item or says no at once.
 */
final class HandOffQueue<T> {

    private final ConcurrentLinkedQueue<T> items = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int capacity;

    HandOffQueue(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /** Takes the item, or returns false without waiting when the queue is full. */
    boolean offer(T item) {
        if (size.incrementAndGet() > capacity) {
            size.decrementAndGet();
            return false;
        }
        items.offer(item);
        return true;
    }

    /** The oldest item, or null when there is none. */
    T poll() {
        T item = items.poll();
        if (item != null) {
            size.decrementAndGet();
        }
        return item;
    }

    int size() {
        return Math.max(0, size.get());
    }

    int capacity() {
        return capacity;
    }
}
