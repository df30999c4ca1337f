package org.civiclimate.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventCatalogueTest {

    private final EventCatalogue catalogue = EventCatalogue.load(getClass().getClassLoader());
    private final JsonMapper json = JsonMapper.shared();

    @Test
    void givesEveryEntryATopicAProducerAndASchema() {
        assertThat(catalogue.entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.topic()).startsWith("civiclimate.");
            assertThat(entry.producer()).isNotBlank();
            assertThat(entry.type()).matches("[a-z]+(-[a-z]+)*(\\.[a-z-]+)+");
            assertThat(getClass().getClassLoader().getResource(entry.schemaResource()))
                    .as(entry.schemaResource())
                    .isNotNull();
        });
    }

    @Test
    void acceptsDataThatMatchesTheSchema() {
        var data = json.valueToTree(new Greeted(UUID.randomUUID(), "hello", 1));

        assertThat(catalogue.violations("test.greeted", 1, data)).isEmpty();
    }

    @Test
    void namesWhatIsWrongWithDataAgainstTheSchema() {
        var data = json.readTree("""
                {"greetingId": "not-a-uuid", "text": "hello", "sequence": -1, "extra": true}""");

        assertThat(catalogue.violations("test.greeted", 1, data))
                .anySatisfy(v -> assertThat(v).contains("sequence"))
                .anySatisfy(v -> assertThat(v).contains("extra"));
    }

    @Test
    void findsTheEntryOfAnAnnotatedRecord() {
        assertThat(catalogue.entryFor(Greeted.class).topic()).isEqualTo("civiclimate.test.greeting");
    }

    @Test
    void refusesARecordThatIsNotInTheCatalogue() {
        @CloudEventType(value = "test.unknown", version = 3)
        record Unknown(String x) {}

        assertThatThrownBy(() -> catalogue.entryFor(Unknown.class)).hasMessageContaining("not in the event catalogue");
        assertThatThrownBy(() -> catalogue.entryFor(String.class)).hasMessageContaining("@CloudEventType");
    }

    @Test
    void knowsTheVersionNamedByADataSchema() {
        assertThat(CloudEvents.versionOf("commune.provisioned", CloudEvents.dataSchema("commune.provisioned", 2)))
                .isEqualTo(2);
        assertThat(CloudEvents.versionOf("commune.provisioned", "https://elsewhere/schema"))
                .isEqualTo(-1);
    }
}
