package org.civiclimate.platform.events;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every event type of the platform, each with its version, topic, producer and JSON schema: read from every
 * {@code events/catalogue.json} on the classpath (the platform's own, in this library, plus test-only types in tests).
 */
public final class EventCatalogue {

    private static final String CATALOGUE = "events/catalogue.json";

    private final Map<Key, CatalogueEntry> entries;
    private final Map<Key, Schema> schemas;

    private record Key(String type, int version) {}

    private EventCatalogue(Map<Key, CatalogueEntry> entries, Map<Key, Schema> schemas) {
        this.entries = entries;
        this.schemas = schemas;
    }

    /** The catalogue as found on the class loader; fails when an entry is duplicated or has no valid schema. */
    public static EventCatalogue load(ClassLoader classLoader) {
        var mapper = JsonMapper.shared();
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Map<Key, CatalogueEntry> entries = new LinkedHashMap<>();
        Map<Key, Schema> schemas = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(CATALOGUE))) {
                JsonNode root;
                try (InputStream in = url.openStream()) {
                    root = mapper.readTree(in);
                }
                for (JsonNode node : root.get("events")) {
                    var entry = mapper.treeToValue(node, CatalogueEntry.class);
                    var key = new Key(entry.type(), entry.version());
                    if (entries.putIfAbsent(key, entry) != null) {
                        throw new IllegalStateException("Event " + key + " is declared twice (again in " + url + ")");
                    }
                    try (InputStream schema = classLoader.getResourceAsStream(entry.schemaResource())) {
                        if (schema == null) {
                            throw new IllegalStateException(
                                    "Event " + key + " has no schema at " + entry.schemaResource());
                        }
                        schemas.put(key, registry.getSchema(schema));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EventCatalogue(Map.copyOf(entries), Map.copyOf(schemas));
    }

    public Collection<CatalogueEntry> entries() {
        return entries.values();
    }

    public Optional<CatalogueEntry> find(String type, int version) {
        return Optional.ofNullable(entries.get(new Key(type, version)));
    }

    /** The entry a producer's event record is published as, from its {@link CloudEventType}. */
    public CatalogueEntry entryFor(Class<?> eventClass) {
        CloudEventType annotation = eventClass.getAnnotation(CloudEventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @CloudEventType");
        }
        return find(annotation.value(), annotation.version())
                .orElseThrow(() -> new IllegalArgumentException("Event type " + annotation.value() + " v"
                        + annotation.version() + " of " + eventClass.getName() + " is not in the event catalogue"));
    }

    /** Every topic events of these types travel on. */
    public Set<String> topicsOf(Collection<String> types) {
        var topics = new TreeSet<String>();
        entries.values().stream()
                .filter(entry -> types.contains(entry.type()))
                .forEach(entry -> topics.add(entry.topic()));
        return topics;
    }

    /** What is wrong with {@code data} for this type and version; empty when it is valid. */
    public List<String> violations(String type, int version, JsonNode data) {
        Schema schema = schemas.get(new Key(type, version));
        if (schema == null) {
            return List.of("event type " + type + " v" + version + " is not in the catalogue");
        }
        return schema.validate(data).stream().map(Object::toString).toList();
    }
}
