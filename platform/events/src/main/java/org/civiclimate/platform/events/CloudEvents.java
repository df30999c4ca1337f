package org.civiclimate.platform.events;

import java.util.regex.Pattern;

/** The platform's conventions for CloudEvents attributes. */
public final class CloudEvents {

    /** Extension attribute carrying the commune (tenant) an event belongs to; also the Kafka key. */
    public static final String COMMUNE_ID = "communeid";

    /** Extension attribute carrying the id of the request that caused the event. */
    public static final String REQUEST_ID = "requestid";

    /** Kafka header naming the structured-mode encoding, as the CloudEvents Kafka binding specifies. */
    public static final String CONTENT_TYPE_HEADER = "content-type";

    private static final String DATA_SCHEMA_PREFIX = "urn:civiclimate:event:";
    private static final Pattern DATA_SCHEMA = Pattern.compile("urn:civiclimate:event:([a-z0-9.-]+):v(\\d+)");

    private CloudEvents() {}

    public static String dataSchema(String type, int version) {
        return DATA_SCHEMA_PREFIX + type + ":v" + version;
    }

    /** The schema version named by a {@code dataschema} attribute, or -1 when it is not one of ours. */
    static int versionOf(String type, String dataSchema) {
        var matcher = DATA_SCHEMA.matcher(dataSchema);
        return matcher.matches() && matcher.group(1).equals(type) ? Integer.parseInt(matcher.group(2)) : -1;
    }

    public static String source(String applicationName) {
        return "urn:civiclimate:" + applicationName;
    }
}
