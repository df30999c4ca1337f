package org.civiclimate.platform.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
class SecurityTestApplication {

    @RestController
    static class WhoAmIResource {

        @GetMapping("/api/whoami")
        Caller whoami(Caller caller) {
            return caller;
        }

        @GetMapping("/api/public/hello")
        String hello() {
            return "hello";
        }
    }
}
