package org.civiclimate.assembly.documents;

import static org.civiclimate.assembly.db.Tables.DOCUMENT_CONTENT;

import java.util.Optional;
import java.util.UUID;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Repository;

/** The documents' bytes in PostgreSQL, under row-level security like their descriptions, deleted with them. */
@Repository
@ConditionalOnProperty(name = "civiclimate.assembly.documents.store", havingValue = "postgresql", matchIfMissing = true)
class DocumentContentRepository implements DocumentStore {

    private final DSLContext dsl;

    DocumentContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void put(CommuneId commune, UUID document, byte[] content) {
        dsl.insertInto(DOCUMENT_CONTENT)
                .set(DOCUMENT_CONTENT.COMMUNE_ID, commune.value())
                .set(DOCUMENT_CONTENT.DOCUMENT_ID, document)
                .set(DOCUMENT_CONTENT.CONTENT, content)
                .execute();
    }

    @Override
    public Optional<byte[]> get(CommuneId commune, UUID document) {
        return dsl.select(DOCUMENT_CONTENT.CONTENT)
                .from(DOCUMENT_CONTENT)
                .where(DOCUMENT_CONTENT.COMMUNE_ID.eq(commune.value()), DOCUMENT_CONTENT.DOCUMENT_ID.eq(document))
                .fetchOptional(DOCUMENT_CONTENT.CONTENT);
    }

    /** Nothing to do: the bytes go with the description (a cascading foreign key). */
    @Override
    public void delete(CommuneId commune, UUID document) {}
}
