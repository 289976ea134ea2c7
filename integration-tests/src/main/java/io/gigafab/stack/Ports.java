package io.gigafab.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Local TCP ports: a free one for tests, and a check that a configured one is not taken. */
public final class Ports {

    private Ports() {}

    /** A port nobody listens on right now. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a server could listen on {@code port} now (nothing else has it). */
    public static boolean available(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("0.0.0.0", port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
