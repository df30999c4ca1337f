package org.civiclimate.platform.events;

/** One event type of the catalogue: which topic it travels on and who produces it. */
public record CatalogueEntry(String type, int version, String topic, String producer, String description) {

    /** The {@code dataschema} attribute of events of this entry. */
    public String dataSchema() {
        return CloudEvents.dataSchema(type, version);
    }

    /** Where the JSON schema of the data is, on the classpath. */
    public String schemaResource() {
        return "events/" + type + "/v" + version + ".schema.json";
    }
}
