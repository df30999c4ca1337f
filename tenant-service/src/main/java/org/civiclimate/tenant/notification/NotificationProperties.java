package org.civiclimate.tenant.notification;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender of the platform's emails
 * @param webUrl where people open the web app, for the links in the emails
 * @param zone the time zone the emails state moments in (an invitation's end of validity)
 */
@ConfigurationProperties("civiclimate.notifications")
record NotificationProperties(
        @DefaultValue("Civiclimate <no-reply@civiclimate.local>")
        String from,

        @DefaultValue("http://localhost:8080") String webUrl,
        @DefaultValue("Europe/Brussels") ZoneId zone) {}
