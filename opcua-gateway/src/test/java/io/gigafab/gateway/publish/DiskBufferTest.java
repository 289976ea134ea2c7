package io.gigafab.gateway.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.Topics;
import io.gigafab.gateway.publish.DiskBuffer.BufferedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk buffer on real files: order, acknowledgement, restart, torn writes, limits. */
class DiskBufferTest {

    private static final long SMALL = 1L << 20; // 64 KiB segments

    @TempDir Path directory;

    @Test
    void recordsComeBackInOrderAndSegmentsGoOnceAcknowledged() throws IOException {
        try (DiskBuffer buffer = DiskBuffer.open(directory, SMALL)) {
            for (int i = 0; i < 100; i++) {
                assertThat(buffer.append(message(i, 4_000))).isEqualTo(i);
            }
            assertThat(segments()).isGreaterThan(4);
            assertThat(buffer.pendingRecords()).isEqualTo(100);

            List<Integer> seen = new ArrayList<>();
            for (List<BufferedMessage> window = buffer.read(7, Long.MAX_VALUE);
                    !window.isEmpty();
                    window = buffer.read(7, Long.MAX_VALUE)) {
                window.forEach(m -> seen.add(sequenceOf(m)));
                buffer.acknowledge(window.get(window.size() - 1).index());
            }

            assertThat(seen)
                    .isEqualTo(
                            PublishedBatches.sequence(100).stream().map(Long::intValue).toList());
            assertThat(buffer.isEmpty()).isTrue();
            assertThat(buffer.pendingBytes()).isZero();
            assertThat(segments()).isZero();
        }
    }

    @Test
    void rewindReadsWhatWasNotAcknowledgedAgain() throws IOException {
        try (DiskBuffer buffer = DiskBuffer.open(directory, SMALL)) {
            for (int i = 0; i < 10; i++) {
                buffer.append(message(i, 100));
            }
            List<BufferedMessage> first = buffer.read(5, Long.MAX_VALUE);
            buffer.acknowledge(first.get(1).index());
            buffer.rewind();

            assertThat(buffer.read(100, Long.MAX_VALUE).stream().map(this::sequenceOf))
                    .containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        }
    }

    @Test
    void aRestartContinuesAfterTheLastAcknowledgedRecord() throws IOException {
        try (DiskBuffer buffer = DiskBuffer.open(directory, SMALL)) {
            for (int i = 0; i < 10; i++) {
                buffer.append(message(i, 100));
            }
            buffer.acknowledge(buffer.read(3, Long.MAX_VALUE).get(2).index());
        }
        try (DiskBuffer reopened = DiskBuffer.open(directory, SMALL)) {
            assertThat(reopened.pendingRecords()).isEqualTo(7);
            long next = reopened.append(message(10, 100));
            assertThat(next).isEqualTo(10);
            assertThat(reopened.read(100, Long.MAX_VALUE).stream().map(this::sequenceOf))
                    .containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    void aTornWriteIsCutOffAndEverythingBeforeItKept() throws IOException {
        try (DiskBuffer buffer = DiskBuffer.open(directory, SMALL)) {
            for (int i = 0; i < 5; i++) {
                buffer.append(message(i, 100));
            }
        }
        Path segment = onlySegment();
        byte[] torn = BufferRecord.encode(message(5, 100)).array();
        Files.write(
                segment, java.util.Arrays.copyOf(torn, torn.length / 2), StandardOpenOption.APPEND);

        try (DiskBuffer reopened = DiskBuffer.open(directory, SMALL)) {
            reopened.append(message(6, 100));
            assertThat(reopened.read(100, Long.MAX_VALUE).stream().map(this::sequenceOf))
                    .containsExactly(0, 1, 2, 3, 4, 6);
        }
    }

    @Test
    void aFullBufferRefusesNewRecordsAndKeepsTheOthersReadable() throws IOException {
        long maxBytes = 64 * 1024;
        int stored = 0;
        try (DiskBuffer buffer = DiskBuffer.open(directory, maxBytes)) {
            while (buffer.append(message(stored, 3_000)) >= 0) {
                stored++;
            }
            assertThat(buffer.append(message(999, 3_000))).isEqualTo(-1);
            assertThat(buffer.isFull(3_000)).isTrue();
            assertThat(buffer.pendingBytes()).isLessThanOrEqualTo(maxBytes);
        }
        assertThat(stored).isPositive();
        try (DiskBuffer reopened = DiskBuffer.open(directory, maxBytes)) {
            assertThat(reopened.read(1_000, Long.MAX_VALUE).stream().map(this::sequenceOf))
                    .containsExactlyElementsOf(
                            PublishedBatches.sequence(stored).stream()
                                    .map(Long::intValue)
                                    .toList());
        }
    }

    @Test
    void oneGatewayPerDirectory() throws IOException {
        try (DiskBuffer buffer = DiskBuffer.open(directory, SMALL)) {
            assertThatThrownBy(() -> DiskBuffer.open(directory, SMALL))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("used by another gateway");
        }
    }

    /**
     * A record whose value starts with its sequence number, padded with random bytes (they do not
     * compress) to {@code size} bytes.
     */
    static OutboundMessage message(int sequence, int size) {
        byte[] value = new byte[size];
        new java.util.Random(sequence).nextBytes(value);
        byte[] text = (sequence + ";").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, value, 0, text.length);
        return new OutboundMessage(
                Topics.MEASUREMENTS, "COAT-C01", value, 1, 1_700_000_000_000L + sequence);
    }

    private int sequenceOf(BufferedMessage message) {
        String value = new String(message.message().value(), StandardCharsets.UTF_8);
        assertThat(message.message().key()).isEqualTo("COAT-C01");
        assertThat(message.message().topic()).isEqualTo(Topics.MEASUREMENTS);
        return Integer.parseInt(value.substring(0, value.indexOf(';')));
    }

    private long segments() throws IOException {
        return PipelineFixtures.segmentFiles(directory);
    }

    private Path onlySegment() throws IOException {
        try (var files = Files.list(directory)) {
            List<Path> segments =
                    files.filter(f -> f.toString().endsWith(BufferSegment.SUFFIX)).toList();
            assertThat(segments).hasSize(1);
            return segments.get(0);
        }
    }
}
