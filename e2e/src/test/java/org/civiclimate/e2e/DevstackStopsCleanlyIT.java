package org.civiclimate.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** SIGTERM to devstack stops every process it started: applications, Keycloak, PostgreSQL. Runs last. */
@Order(Integer.MAX_VALUE)
class DevstackStopsCleanlyIT {

    @Test
    void leavesNoProcessBehindOnSigterm() throws Exception {
        var platform = RunningPlatform.get();
        Process devstack = platform.process();
        String dataDirectory = platform.dataDirectory().toString();
        List<ProcessHandle> started = Stream.concat(devstack.descendants(), ownedBy(dataDirectory))
                .distinct()
                .toList();
        assertThat(started).as("applications, Keycloak and PostgreSQL").hasSizeGreaterThanOrEqualTo(6);

        devstack.destroy(); // SIGTERM

        assertThat(devstack.waitFor(90, TimeUnit.SECONDS)).as("devstack exits").isTrue();
        for (ProcessHandle process : started) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(started).noneMatch(ProcessHandle::isAlive);
        assertThat(ownedBy(dataDirectory).toList())
                .as("processes still using the data directory")
                .isEmpty();
    }

    /** Processes whose command line names the data directory: PostgreSQL detaches from its parent when it starts. */
    private static Stream<ProcessHandle> ownedBy(String dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().orElse("").contains(dataDirectory));
    }
}
