package io.gigafab.analytics;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/** A test sink that keeps what the job wrote, in this JVM (MiniCluster runs in-process). */
class CollectingSink<T> implements Sink<T> {

    private static final List<Object> RECEIVED = new CopyOnWriteArrayList<>();

    static void clear() {
        RECEIVED.clear();
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> received() {
        return (List<T>) List.copyOf(RECEIVED);
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context writeContext) {
                RECEIVED.add(element);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
