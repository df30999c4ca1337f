package org.civiclimate.assembly.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same journeys with the documents' bytes in a directory rather than in PostgreSQL: the files are where the
 * configuration says, none of the bytes in the database, and a deleted document's file is gone.
 */
@TestPropertySource(
        properties = {
            "civiclimate.assembly.documents.store=directory",
            "civiclimate.assembly.documents.directory=target/documents-it"
        })
class DirectoryDocumentsIT extends DocumentsIT {

    @Autowired
    DocumentStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theBytesAreFilesInTheCommunesFolderAndGoWithTheirDocument() throws Exception {
        assertThat(store).isInstanceOf(DirectoryDocumentStore.class);
        var uploaded = upload();
        Path file = Path.of("target/documents-it", a.commune().toString(), uploaded);
        assertThat(Files.readString(file)).isEqualTo(PDF);
        // Counted with the commune bound, as row-level security asks: unbound, any count would be a vacuous zero.
        int rows = CommuneContext.callAs(
                new CommuneId(a.commune()),
                () -> transactions.execute(_ -> jdbc.sql("select count(*) from document_content")
                        .query(Integer.class)
                        .single()));
        assertThat(rows).as("none of the bytes in the database").isZero();

        assertThat(delete(uploaded)).isEqualTo(204);
        assertThat(Files.exists(file)).isFalse();
    }
}
