package org.civiclimate.assembly.documents;

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

/** A session's documents through HTTP, with a 1 KB limit: types checked against the content, kept once. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "civiclimate.assembly.documents.max-size=1KB")
@RealInfrastructure(keycloak = true)
class DocumentsIT {

    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    SeatedAssembly a;
    private String documents;

    @BeforeEach
    void aSession() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        var created = a.facilitator().post(a.sessions(), SeatedAssembly.session(7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        documents = a.sessions() + "/" + created.json("$.id") + "/documents";
    }

    @Test
    void staffUploadAFileOnceAndMembersDownloadItAsAnAttachment() {
        var uploaded = a.facilitator().send("POST", documents + "?name=Rapport%20GIEC.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        var again = a.facilitator().send("POST", documents + "?name=Copie.pdf", "application/pdf", PDF);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<String>json("$.id")).isEqualTo(uploaded.json("$.id"));
        assertThat(a.citizen().get(documents).<List<String>>json("$[*].name")).containsExactly("Rapport GIEC.pdf");

        var file = a.citizen().get(documents + "/" + uploaded.json("$.id"));
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");

        assertThat(a.citizen()
                        .send("POST", documents + "?name=x.pdf", "application/pdf", PDF + "x")
                        .status())
                .isEqualTo(403);
        assertThat(a.citizen()
                        .send("DELETE", documents + "/" + uploaded.json("$.id"), null, "")
                        .status())
                .isEqualTo(403);
        assertThat(a.facilitator()
                        .send("DELETE", documents + "/" + uploaded.json("$.id"), null, "")
                        .status())
                .isEqualTo(204);
        assertThat(a.citizen().get(documents).<List<Object>>json("$")).isEmpty();
    }

    /** Uploads the PDF as staff; its id. */
    String upload() {
        var uploaded = a.facilitator().send("POST", documents + "?name=Rapport.pdf", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.json("$.id");
    }

    /** Deletes the document as staff; the status. */
    int delete(String document) {
        return a.facilitator()
                .send("DELETE", documents + "/" + document, null, "")
                .status();
    }

    @Test
    void aFileIsRefusedWhenItsTypeIsNotAllowedItsBytesBelieItsTypeOrItIsTooLarge() {
        var html = a.facilitator().send("POST", documents + "?name=page.html", "text/html", "<script>x</script>");
        assertThat(html.status()).isEqualTo(415);
        var disguised = a.facilitator().send("POST", documents + "?name=slides.pdf", "application/pdf", "MZ\u0090...");
        assertThat(disguised.<List<String>>json("$.errors[*].field")).containsExactly("file");
        var unnamed = a.facilitator().send("POST", documents, "text/plain", "");
        assertThat(unnamed.<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("name", "file");
        var large = a.facilitator().send("POST", documents + "?name=big.txt", "text/plain", "x".repeat(2000));
        assertThat(large.status()).isEqualTo(413);
        assertThat(a.otherAdmin()
                        .get(a.otherSessions()
                                + documents.substring(a.sessions().length()))
                        .status())
                .isEqualTo(404);
        assertThat(a.facilitator().get(documents).<List<Object>>json("$")).isEmpty();
    }
}
