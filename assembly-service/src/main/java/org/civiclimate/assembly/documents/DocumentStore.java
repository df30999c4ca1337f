package org.civiclimate.assembly.documents;

import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;

/**
 * Where the documents' bytes are kept, apart from their description (which is always in PostgreSQL, and is looked up
 * first, under row-level security): PostgreSQL by default ({@link DocumentContentRepository}), or a directory, e.g.
 * a mounted volume or bucket ({@link DirectoryDocumentStore}), chosen by {@code civiclimate.assembly.documents.store}.
 * Each is called inside the transaction that writes or deletes the description, and keeps to its outcome.
 */
interface DocumentStore {

    void put(CommuneId commune, UUID document, byte[] content);

    Optional<byte[]> get(CommuneId commune, UUID document);

    void delete(CommuneId commune, UUID document);
}
