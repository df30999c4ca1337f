package org.civiclimate.platform.events;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service producing and consuming test events over the real broker; also run as a process of its own. */
@SpringBootApplication
class EventsTestApplication {

    static void main(String[] args) {
        SpringApplication.run(EventsTestApplication.class, args);
    }
}
