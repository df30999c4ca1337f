package org.civiclimate.assembly.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Documents as files, one folder per commune, kept to the outcome of the transaction that describes them. */
class DirectoryDocumentStoreTest {

    @TempDir
    Path root;

    private final CommuneId commune = new CommuneId(UUID.randomUUID());
    private final CommuneId other = new CommuneId(UUID.randomUUID());
    private final UUID document = UUID.randomUUID();

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void keepsTheBytesInTheCommunesFolderForItAlone() throws Exception {
        var store = new DirectoryDocumentStore(root);

        store.put(commune, document, "minutes".getBytes());

        assertThat(store.get(commune, document))
                .hasValueSatisfying(bytes -> assertThat(bytes).asString().isEqualTo("minutes"));
        assertThat(store.get(other, document)).isEmpty();
        try (var files = Files.list(root.resolve(commune.value().toString()))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).containsExactly(document.toString());
        }
        store.delete(commune, document);
        assertThat(store.get(commune, document)).isEmpty();
    }

    @Test
    void removesTheFileWhenTheTransactionRollsBackAndADeletedOneOnceTheDeletionCommits() {
        var store = new DirectoryDocumentStore(root);

        TransactionSynchronizationManager.initSynchronization();
        store.put(commune, document, "draft".getBytes());
        assertThat(store.get(commune, document)).isPresent();
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(store.get(commune, document)).as("rolled back").isEmpty();

        store.put(commune, document, "kept".getBytes());
        TransactionSynchronizationManager.initSynchronization();
        store.delete(commune, document);
        assertThat(store.get(commune, document))
                .as("until the deletion commits")
                .isPresent();
        complete(TransactionSynchronization.STATUS_ROLLED_BACK);
        assertThat(store.get(commune, document)).as("deletion rolled back").isPresent();

        TransactionSynchronizationManager.initSynchronization();
        store.delete(commune, document);
        complete(TransactionSynchronization.STATUS_COMMITTED);
        assertThat(store.get(commune, document)).isEmpty();
    }

    /** What the transaction manager does as the transaction ends. */
    private static void complete(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        synchronizations.forEach(s -> s.afterCompletion(status));
    }
}
