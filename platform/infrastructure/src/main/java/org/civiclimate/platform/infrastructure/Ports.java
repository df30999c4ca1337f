package org.civiclimate.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for servers that must be told their port before they start. */
public final class Ports {

    private Ports() {}

    /** A port free right now on 127.0.0.1 (the usual small race with other processes is accepted). */
    public static int free() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code port}, or a free one when it is 0. */
    public static int orFree(int port) {
        return port > 0 ? port : free();
    }
}
