package org.civiclimate.platform.communes;

import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.events.CloudEventType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service that replicates the commune directory; it also plays tenant-service, announcing communes. */
@SpringBootApplication
class DirectoryTestApplication {

    /** The event as tenant-service publishes it. */
    @CloudEventType("commune.provisioned")
    record Announced(UUID communeId, String slug, String name, String country, List<String> languages) {}

    @CloudEventType("commune.suspended")
    record Suspended(UUID communeId, String slug, String reason) {}

    @CloudEventType("commune.reinstated")
    record Reinstated(UUID communeId, String slug) {}

    @CloudEventType("membership.changed")
    record RolesAnnounced(UUID communeId, String userId, List<String> roles) {}

    @CloudEventType("person.erased")
    record Erased(UUID communeId, String userId) {}
}
