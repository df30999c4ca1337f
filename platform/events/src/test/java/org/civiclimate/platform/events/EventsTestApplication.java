package org.civiclimate.platform.events;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service producing and consuming test events over the real broker. */
@SpringBootApplication
class EventsTestApplication {}
