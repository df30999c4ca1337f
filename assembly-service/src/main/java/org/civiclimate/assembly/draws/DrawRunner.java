package org.civiclimate.assembly.draws;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.civiclimate.assembly.draws.domain.DrawControl;
import org.civiclimate.assembly.draws.domain.Optimizer;
import org.civiclimate.assembly.draws.domain.Sortition;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the queued draws on a few threads of their own (a draw is solver work, seconds to minutes of CPU), on every
 * instance: a run is claimed with a lease, which a heartbeat keeps, and a token, without which its writes count for
 * nothing, so that two instances never both finish one draw, and a
 * draw whose instance stopped is claimed again when its lease expires and run again from the start (the seed makes it
 * the same draw), up to {@link #MAX_ATTEMPTS} times; then it fails cleanly. A run's result is stored in one
 * transaction, so a draw is complete or not at all.
 */
@Component
class DrawRunner {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(DrawRunner.class);
    private static final long HEARTBEAT_MILLIS = 2_000;

    private final DrawService draws;
    private final Optimizer optimizer;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    /** Keeps each run's lease while its worker is busy in a long step that reports nothing. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "draw-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    DrawRunner(
            DrawService draws,
            Optimizer optimizer,
            Clock clock,
            @Value("${civiclimate.assembly.draws.workers:1}") int workers) {
        this.draws = draws;
        this.optimizer = optimizer;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(
                workers, workers, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
                    var thread = new Thread(runnable, "draw-runner");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Runs this draw as soon as a worker is free (it was just queued). */
    void wake(UUID draw) {
        executor.execute(() -> claimAndRun(draw));
    }

    /** Picks up the runs nobody holds: never started, or left by an instance that stopped. */
    @Scheduled(
            initialDelayString = "${civiclimate.assembly.draws.poll-delay:5s}",
            fixedDelayString = "${civiclimate.assembly.draws.poll-interval:10s}")
    void sweep() {
        // Claim only when a worker is idle: a claim waiting in the queue would outlive its lease.
        if (executor.getActiveCount() < executor.getMaximumPoolSize()
                && executor.getQueue().isEmpty()) {
            executor.execute(() -> claimAndRun(null));
        }
    }

    private void claimAndRun(@Nullable UUID draw) {
        try {
            for (var claim : draws.claimDue(1, draw)) {
                CommuneContext.runAs(claim.commune(), () -> run(claim));
            }
        } catch (RuntimeException e) {
            // The next sweep tries again; one fault must not stop the worker.
            log.warn("Could not claim a draw's run: {}", e.toString());
        }
    }

    private void run(DrawRepository.Claim claim) {
        UUID id = claim.draw();
        if (claim.attempts() > MAX_ATTEMPTS) {
            log.warn("Draw {} of commune {} stopped {} times; failing it", id, claim.commune(), MAX_ATTEMPTS);
            draws.end(
                    claim,
                    DrawStatus.FAILED,
                    "The run stopped " + MAX_ATTEMPTS + " times before its end; run it again");
            return;
        }
        var started = draws.startRun(claim);
        if (started.isEmpty()) {
            return;
        }
        var run = started.get();
        var control = new RunControl(claim, clock.instant().plus(run.budget()));
        var beats = heartbeats.scheduleWithFixedDelay(
                () -> CommuneContext.runAs(claim.commune(), control::beat),
                HEARTBEAT_MILLIS,
                HEARTBEAT_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            var result =
                    new Sortition(optimizer, Math.min(run.budget().toMillis(), 60_000)).run(run.request(), control);
            switch (result) {
                case Sortition.Drawn drawn -> draws.complete(claim, run.request(), drawn);
                case Sortition.Infeasible infeasible ->
                    draws.end(claim, DrawStatus.FAILED, "No panel from this pool keeps the quotas");
                case Sortition.Invalid invalid ->
                    draws.end(
                            claim,
                            DrawStatus.FAILED,
                            invalid.problems().getFirst().detail());
            }
            log.info(
                    "Draw {} of commune {} ended: {}",
                    id,
                    claim.commune(),
                    result.getClass().getSimpleName());
        } catch (DrawControl.DrawStopped stopped) {
            if (control.lost) {
                log.warn("Draw {} of commune {} lost its claim; its run keeps nothing", id, claim.commune());
            } else if (control.cancelled) {
                draws.end(claim, DrawStatus.CANCELLED, null);
            } else {
                draws.end(
                        claim,
                        DrawStatus.FAILED,
                        "The run went over its time budget of " + run.budget().toSeconds() + " s");
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Draw {} of commune {} failed (attempt {}): {}",
                    id,
                    claim.commune(),
                    claim.attempts(),
                    e.toString());
            if (claim.attempts() >= MAX_ATTEMPTS) {
                draws.end(claim, DrawStatus.FAILED, "The run failed: " + e.getMessage());
            }
        } finally {
            beats.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
        heartbeats.shutdownNow();
    }

    /** Progress written at most once a second, which also keeps the lease and learns of a cancellation. */
    private final class RunControl implements DrawControl {

        private final DrawRepository.Claim claim;
        private final Instant deadline;
        private volatile double done;
        private volatile String stage = "starting";
        volatile boolean cancelled;
        volatile boolean lost;

        RunControl(DrawRepository.Claim claim, Instant deadline) {
            this.claim = claim;
            this.deadline = deadline;
        }

        @Override
        public void progress(double done, String stage) {
            this.done = done;
            this.stage = stage;
        }

        @Override
        public boolean stopRequested() {
            return cancelled || lost || clock.instant().isAfter(deadline);
        }

        /** Called by the heartbeat thread, every two seconds: keeps the lease, learns of a cancellation or a lost claim. */
        void beat() {
            try {
                var beat = draws.heartbeat(claim, done, stage);
                lost |= !beat.held();
                cancelled |= beat.cancelRequested();
            } catch (RuntimeException e) {
                // A missed beat is retried at the next; the lease outlasts several.
                log.warn("Could not record the progress of draw {}: {}", claim.draw(), e.toString());
            }
        }
    }
}
