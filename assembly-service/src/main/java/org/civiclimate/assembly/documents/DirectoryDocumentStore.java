package org.civiclimate.assembly.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The documents' bytes as files under a directory ({@code civiclimate.assembly.documents.directory}), one folder per
 * commune: a volume, or a bucket mounted as one, that keeps large files out of the database and its backups. A file is
 * written whole under a temporary name and then renamed, so a reader never sees half of one; it is removed again if the
 * transaction that described it rolls back, and a deleted document's file goes once its deletion is committed.
 */
@Component
@ConditionalOnProperty(name = "civiclimate.assembly.documents.store", havingValue = "directory")
class DirectoryDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDocumentStore.class);

    private final Path root;

    DirectoryDocumentStore(@Value("${civiclimate.assembly.documents.directory}") Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the documents' directory " + this.root, e);
        }
    }

    @Override
    public void put(CommuneId commune, UUID document, byte[] content) {
        Path file = fileOf(commune, document);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), document.toString(), ".partial");
            try {
                Files.write(partial, content);
                move(partial, file);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + document, e);
        }
        afterCompletion(false, () -> remove(file));
    }

    @Override
    public Optional<byte[]> get(CommuneId commune, UUID document) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(commune, document)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + document, e);
        }
    }

    @Override
    public void delete(CommuneId commune, UUID document) {
        Path file = fileOf(commune, document);
        afterCompletion(true, () -> remove(file));
    }

    /** Renames the whole file into place: atomically where the file system can (a mounted bucket may not). */
    private static void move(Path partial, Path file) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The document's file; ids are UUIDs, so no name ever leaves the commune's folder. */
    private Path fileOf(CommuneId commune, UUID document) {
        return root.resolve(commune.value().toString()).resolve(document.toString());
    }

    /** Runs the action once the transaction commits ({@code committed}) or rolls back; at once outside of one. */
    private static void afterCompletion(boolean committed, Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (committed) {
                action.run();
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == committed) {
                    action.run();
                }
            }
        });
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file left behind is unreachable (its description is gone): worth a log line, not a failed request.
            log.warn("Cannot remove {}", file, e);
        }
    }
}
