package org.civiclimate.assembly.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.assembly.documents.domain.DocumentType;
import org.civiclimate.assembly.sessions.SessionService;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.ProblemTypes;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Use cases of a session's documents: the staff upload and delete, the members list and download. */
@Service
class DocumentService {

    /** A downloaded document: its description and bytes. */
    record File(Document document, byte[] content) {}

    /** An upload's outcome: the document, and whether this upload added it (else the session held it already). */
    record Upload(Document document, boolean created) {}

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final SessionService sessions;
    private final CommuneAccess access;
    private final long maxSize;

    DocumentService(
            DocumentRepository documents,
            DocumentStore store,
            SessionService sessions,
            CommuneAccess access,
            @Value("${civiclimate.assembly.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.store = store;
        this.sessions = sessions;
        this.access = access;
        this.maxSize = maxSize.toBytes();
    }

    @Transactional(readOnly = true)
    List<Document> all(UUID assembly, UUID session) {
        sessions.facts(assembly, session);
        return documents.of(session);
    }

    /**
     * Keeps the file if its type is allowed, its bytes are of that type and it is within the size limit; the same
     * bytes uploaded to the session again give back the document kept the first time.
     */
    @Transactional
    Upload upload(
            UUID assembly,
            UUID session,
            @Nullable String name,
            @Nullable String contentType,
            byte[] content,
            Caller caller) {
        access.requireStaff(caller);
        sessions.facts(assembly, session);
        var checks = FieldChecks.none();
        if (name == null || name.isBlank()) {
            checks.add("name", FieldCode.REQUIRED, "is required: the file's name");
        } else if (name.strip().length() > 200) {
            checks.add("name", FieldCode.TOO_LONG, Map.of("max", 200), "is longer than 200 characters");
        } else if (!name.matches(TextRules.ONE_LINE) || name.contains("/") || name.contains("\\")) {
            checks.add("name", FieldCode.ONE_LINE, "must be one line, without control characters or slashes");
        }
        if (content.length == 0) {
            checks.add("file", FieldCode.REQUIRED, "is empty");
        }
        checks.throwIfAny();
        if (content.length > maxSize) {
            throw new ApiProblem(
                    ProblemTypes.PAYLOAD_TOO_LARGE,
                    "A document has at most " + DataSize.ofBytes(maxSize).toMegabytes() + " MB");
        }
        var type = DocumentType.of(contentType == null ? "" : contentType)
                .orElseThrow(() -> new ApiProblem(
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                        "Documents are PDF, PNG, JPEG, OpenDocument, Office (docx, xlsx, pptx), CSV or plain text"));
        if (!type.matches(content)) {
            FieldChecks.none()
                    .add("file", FieldCode.INVALID, "is not a " + type.mediaType() + " file, whatever its type says")
                    .throwIfAny();
        }
        String sha256 = sha256(content);
        var commune = CommuneContext.require();
        UUID id = UUID.randomUUID();
        if (!documents.insert(
                commune, id, session, name.strip(), type.mediaType(), content.length, sha256, caller.userId())) {
            return new Upload(documents.withContent(session, sha256).orElseThrow(), false);
        }
        store.put(commune, id, content);
        return new Upload(documents.find(session, id).orElseThrow(), true);
    }

    @Transactional(readOnly = true)
    File download(UUID assembly, UUID session, UUID document) {
        sessions.facts(assembly, session);
        var found = documents.find(session, document).orElseThrow(DocumentService::notFound);
        return new File(found, store.get(CommuneContext.require(), document).orElseThrow(DocumentService::notFound));
    }

    @Transactional
    void delete(UUID assembly, UUID session, UUID document, Caller caller) {
        access.requireStaff(caller);
        sessions.facts(assembly, session);
        if (!documents.delete(session, document)) {
            throw notFound();
        }
        store.delete(CommuneContext.require(), document);
    }

    private static ApiProblem notFound() {
        return new ApiProblem(ProblemTypes.NOT_FOUND, "No such document in this session");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
