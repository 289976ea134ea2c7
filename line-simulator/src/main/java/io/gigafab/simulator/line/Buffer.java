package io.gigafab.simulator.line;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Work in progress waiting between two machines, first in first out, with a capacity: a machine
 * whose output buffer is full stops (blocked), as on a real line.
 */
public final class Buffer<T> {

    private final int capacity;
    private final Deque<T> items = new ArrayDeque<>();

    public Buffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a buffer holds at least one item");
        }
        this.capacity = capacity;
    }

    public boolean isFull() {
        return items.size() >= capacity;
    }

    public boolean hasRoomFor(int count) {
        return items.size() + count <= capacity;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    /** Put an item in; the caller checks {@link #isFull()} first. */
    public void put(T item) {
        if (isFull()) {
            throw new IllegalStateException("buffer full (" + capacity + ")");
        }
        items.addLast(item);
    }

    public T peek() {
        return items.peekFirst();
    }

    /** The item at {@code position} from the head (0 = next out), or null past the end. */
    public T peek(int position) {
        int i = 0;
        for (T item : items) {
            if (i++ == position) {
                return item;
            }
        }
        return null;
    }

    public T take() {
        return items.pollFirst();
    }
}
