package org.civiclimate.assembly.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Minutes through HTTP: drafted against versions, shown to members once published, then fixed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class MinutesIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private SeatedAssembly a;
    private String minutes;

    @BeforeEach
    void aSession() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        var created = a.facilitator().post(a.sessions(), SeatedAssembly.session(-2));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        minutes = a.sessions() + "/" + created.json("$.id") + "/minutes";
    }

    @Test
    void aDraftIsTheStaffsUntilPublishedAndThenChangesNoMore() {
        assertThat(a.facilitator().get(minutes).status()).isEqualTo(404);
        var first = a.facilitator().send("PUT", minutes, "application/json", """
                {"text": "Présents : 2. Débat sur le plan vélo.", "editing": 0}""");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(a.citizen().get(minutes).status()).isEqualTo(404);
        assertThat(a.citizen()
                        .send("PUT", minutes, "application/json", "{\"text\": \"x\", \"editing\": 1}")
                        .status())
                .isEqualTo(403);
        var stale = a.facilitator().send("PUT", minutes, "application/json", "{\"text\": \"Autre\", \"editing\": 0}");
        assertThat(stale.problem()).isEqualTo("minutes-changed");
        var second = a.facilitator().send("PUT", minutes, "application/json", """
                {"text": "Présents : 2. Débat sur le plan vélo; vote reporté.", "editing": 1}""");
        assertThat((Integer) second.json("$.version")).isEqualTo(2);

        var published = a.facilitator().post(minutes + "/publication", "");
        assertThat(published.<String>json("$.status")).isEqualTo("PUBLISHED");
        assertThat(a.facilitator().post(minutes + "/publication", "").status()).isEqualTo(200);
        assertThat(a.citizen().get(minutes).<String>json("$.text")).endsWith("vote reporté.");
        assertThat(a.facilitator()
                        .send("PUT", minutes, "application/json", "{\"text\": \"Changé\", \"editing\": 2}")
                        .problem())
                .isEqualTo("minutes-published");
        assertThat(a.otherAdmin()
                        .get(a.otherSessions() + minutes.substring(a.sessions().length()))
                        .status())
                .isEqualTo(404);
        var blank = a.facilitator().send("PUT", minutes, "application/json", "{\"text\": \" \"}");
        assertThat(blank.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("text", "editing");
    }
}
