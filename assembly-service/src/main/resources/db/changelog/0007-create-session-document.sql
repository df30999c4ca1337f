--liquibase formatted sql

--changeset civiclimate:0007-create-session-document
--comment: The documents of a session (expert slides, reports, the agenda as a file): name, type, size and SHA-256 here; one file uploaded twice to a session is kept once. The bytes are in the document store (document_content by default).
CREATE TABLE session_document (
    commune_id  uuid        NOT NULL,
    id          uuid        NOT NULL,
    session_id  uuid        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    media_type  text        NOT NULL,
    size_bytes  bigint      NOT NULL CHECK (size_bytes > 0),
    sha256      text        NOT NULL CHECK (length(sha256) = 64),
    uploaded_by text        NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id),
    UNIQUE (commune_id, session_id, sha256)
);
SELECT isolate_by_commune('session_document');

--changeset civiclimate:0007-create-document-content
--comment: The bytes of the documents, when PostgreSQL is the document store (the default).
CREATE TABLE document_content (
    commune_id  uuid  NOT NULL,
    document_id uuid  NOT NULL,
    content     bytea NOT NULL,
    PRIMARY KEY (commune_id, document_id),
    FOREIGN KEY (commune_id, document_id) REFERENCES session_document (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('document_content');
