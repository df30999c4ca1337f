package org.civiclimate.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/** A port offset under which every port devstack uses is free on this machine. */
final class PortOffsets {

    // The applications, their management ports (+ 1000), Keycloak and its management port, PostgreSQL, Kafka.
    private static final List<Integer> DEVSTACK_PORTS =
            List.of(8080, 8081, 8082, 8083, 9080, 9081, 9082, 9083, 8180, 9180, 5433, 9092);

    private PortOffsets() {}

    static int free() {
        for (int offset = 20_000; offset < 50_000; offset += 1_000) {
            int candidate = offset;
            if (DEVSTACK_PORTS.stream().allMatch(port -> isFree(port + candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free port range for the end-to-end platform");
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
