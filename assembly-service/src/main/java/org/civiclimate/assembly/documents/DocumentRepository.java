package org.civiclimate.assembly.documents;

import static org.civiclimate.assembly.db.Tables.SESSION_DOCUMENT;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civiclimate.assembly.db.tables.records.SessionDocumentRecord;
import org.civiclimate.platform.tenancy.CommuneId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The sessions' documents, described (row-level security keeps each commune to its own). */
@Repository
class DocumentRepository {

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Describes a new document; false if the session holds this content already. */
    boolean insert(
            CommuneId commune,
            UUID id,
            UUID session,
            String name,
            String mediaType,
            long size,
            String sha256,
            String by) {
        return dsl.insertInto(SESSION_DOCUMENT)
                        .set(SESSION_DOCUMENT.COMMUNE_ID, commune.value())
                        .set(SESSION_DOCUMENT.ID, id)
                        .set(SESSION_DOCUMENT.SESSION_ID, session)
                        .set(SESSION_DOCUMENT.NAME, name)
                        .set(SESSION_DOCUMENT.MEDIA_TYPE, mediaType)
                        .set(SESSION_DOCUMENT.SIZE_BYTES, size)
                        .set(SESSION_DOCUMENT.SHA256, sha256)
                        .set(SESSION_DOCUMENT.UPLOADED_BY, by)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    List<Document> of(UUID session) {
        return dsl.selectFrom(SESSION_DOCUMENT)
                .where(SESSION_DOCUMENT.SESSION_ID.eq(session))
                .orderBy(SESSION_DOCUMENT.UPLOADED_AT, SESSION_DOCUMENT.ID)
                .fetch(DocumentRepository::toDocument);
    }

    Optional<Document> find(UUID session, UUID id) {
        return dsl.selectFrom(SESSION_DOCUMENT)
                .where(SESSION_DOCUMENT.SESSION_ID.eq(session), SESSION_DOCUMENT.ID.eq(id))
                .fetchOptional(DocumentRepository::toDocument);
    }

    Optional<Document> withContent(UUID session, String sha256) {
        return dsl.selectFrom(SESSION_DOCUMENT)
                .where(SESSION_DOCUMENT.SESSION_ID.eq(session), SESSION_DOCUMENT.SHA256.eq(sha256))
                .fetchOptional(DocumentRepository::toDocument);
    }

    boolean delete(UUID session, UUID id) {
        return dsl.deleteFrom(SESSION_DOCUMENT)
                        .where(SESSION_DOCUMENT.SESSION_ID.eq(session), SESSION_DOCUMENT.ID.eq(id))
                        .execute()
                == 1;
    }

    private static Document toDocument(SessionDocumentRecord r) {
        return new Document(
                r.getId(), r.getName(), r.getMediaType(), r.getSizeBytes(), r.getSha256(), r.getUploadedAt());
    }
}
