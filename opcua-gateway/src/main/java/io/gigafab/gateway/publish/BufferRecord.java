package io.gigafab.gateway.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How one Kafka record is stored in the disk buffer: {@code [int bodyLength][int crc32c(body)]
 * [body]}, the body {@code [byte version][short topicLength][topic][short keyLength][key][int
 * sampleCount][long oldestSampleMillis][int valueLength][value, deflated]}. The JSON value is
 * deflated (fastest level: about 11× smaller for measurement batches, over 400 MB/s per core), so
 * the buffer holds an outage about ten times as long.
 */
final class BufferRecord {

    static final int HEADER_BYTES = 8;
    static final int MAX_BODY_BYTES = 256 << 20;
    private static final byte VERSION = 1;

    /** The bytes are not a whole, intact record. */
    static final class CorruptRecordException extends IOException {
        CorruptRecordException(String message) {
            super(message);
        }
    }

    private BufferRecord() {}

    /** The record with header, ready to append. */
    static ByteBuffer encode(OutboundMessage message) {
        byte[] topic = message.topic().getBytes(StandardCharsets.UTF_8);
        byte[] key = message.key().getBytes(StandardCharsets.UTF_8);
        byte[] value = deflate(message.value());
        int body = 1 + 2 + topic.length + 2 + key.length + 4 + 8 + 4 + value.length;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + body);
        buffer.position(HEADER_BYTES);
        buffer.put(VERSION).putShort((short) topic.length).put(topic);
        buffer.putShort((short) key.length).put(key);
        buffer.putInt(message.sampleCount()).putLong(message.oldestSampleMillis());
        buffer.putInt(message.value().length).put(value);
        buffer.putInt(0, body).putInt(4, checksum(buffer.array(), HEADER_BYTES, body));
        return buffer.flip();
    }

    static int checksum(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    /** The message in a body whose checksum was verified. */
    static OutboundMessage decode(ByteBuffer body) throws CorruptRecordException {
        try {
            if (body.get() != VERSION) {
                throw new CorruptRecordException("unknown buffer record version");
            }
            String topic = text(body);
            String key = text(body);
            int sampleCount = body.getInt();
            long oldest = body.getLong();
            byte[] value = inflate(body, body.getInt());
            return new OutboundMessage(topic, key, value, sampleCount, oldest);
        } catch (RuntimeException | DataFormatException e) {
            throw new CorruptRecordException("unreadable buffer record: " + e);
        }
    }

    private static byte[] deflate(byte[] value) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(value);
            deflater.finish();
            byte[] out = new byte[value.length + value.length / 100 + 64];
            int length = 0;
            while (!deflater.finished()) {
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                length += deflater.deflate(out, length, out.length - length);
            }
            return java.util.Arrays.copyOf(out, length);
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(ByteBuffer body, int length) throws DataFormatException {
        if (length < 0 || length > MAX_BODY_BYTES * 64L) {
            throw new DataFormatException("bad value length " + length);
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(body);
            byte[] value = new byte[length];
            int read = 0;
            while (read < length && !inflater.finished()) {
                int n = inflater.inflate(value, read, length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("value cut short");
                }
                read += n;
            }
            if (read != length) {
                throw new DataFormatException("value has " + read + " bytes, not " + length);
            }
            return value;
        } finally {
            inflater.end();
        }
    }

    private static String text(ByteBuffer body) {
        byte[] bytes = new byte[Short.toUnsignedInt(body.getShort())];
        body.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
