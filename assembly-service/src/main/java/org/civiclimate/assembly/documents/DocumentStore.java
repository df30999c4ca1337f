package org.civiclimate.assembly.documents;

import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;

/**
 * Where the documents' bytes are kept, apart from their description: PostgreSQL by default ({@link
 * DocumentContentRepository}); an object store is another implementation of this interface.
 */
interface DocumentStore {

    void put(CommuneId commune, UUID document, byte[] content);

    Optional<byte[]> get(UUID document);
}
