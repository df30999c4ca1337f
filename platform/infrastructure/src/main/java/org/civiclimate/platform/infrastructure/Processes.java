package org.civiclimate.platform.infrastructure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping child processes without leaving any of their own children behind. */
public final class Processes {

    private Processes() {}

    /**
     * Asks the process and its descendants to stop (SIGTERM), waits up to {@code grace} for all of them, then kills
     * what is left.
     */
    public static void stop(Process process, Duration grace) {
        stop(process.toHandle(), grace);
    }

    public static void stop(ProcessHandle process, Duration grace) {
        // Collected before the parent goes: once it is gone, its children are re-parented and out of sight.
        List<ProcessHandle> all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(process), process.descendants())
                .toList();
        all.forEach(ProcessHandle::destroy);
        var exits =
                CompletableFuture.allOf(all.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
        try {
            exits.get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
