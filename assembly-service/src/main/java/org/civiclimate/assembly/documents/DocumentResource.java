package org.civiclimate.assembly.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code .../sessions/{session}/documents}. An upload is the file's bytes as the body, with its type as
 * {@code Content-Type} and its name as {@code ?name=}: no multipart, so that the body limit counts the file itself.
 */
@RestController
@RequestMapping("/api/communes/{slug}/assembly/assemblies/{assembly}/sessions/{session}/documents")
class DocumentResource {

    private final DocumentService documents;

    DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @Operation(operationId = "listDocuments", summary = "The session's documents")
    @GetMapping
    List<Document> all(@PathVariable String slug, @PathVariable UUID assembly, @PathVariable UUID session) {
        return documents.all(assembly, session);
    }

    @Operation(
            operationId = "uploadDocument",
            summary = "Upload a document: the file as the body, its type as Content-Type (staff; the same file again"
                    + " gives back the one kept)")
    @ApiResponse(responseCode = "201", description = "Created")
    @PostMapping
    ResponseEntity<Document> upload(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @RequestParam(required = false) @Nullable String name,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestBody(required = false) byte @Nullable [] content,
            Caller caller) {
        var upload =
                documents.upload(assembly, session, name, contentType, content == null ? new byte[0] : content, caller);
        if (!upload.created()) {
            return ResponseEntity.ok(upload.document());
        }
        return ResponseEntity.created(
                        URI.create("/api/communes/" + slug + "/assembly/assemblies/" + assembly + "/sessions/" + session
                                + "/documents/" + upload.document().id()))
                .body(upload.document());
    }

    @Operation(operationId = "downloadDocument", summary = "Download a document")
    @GetMapping("/{document}")
    ResponseEntity<byte[]> download(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @PathVariable UUID document) {
        var file = documents.download(assembly, session, document);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.document().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.document().name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                // Opened as a download, never rendered as a page of the platform's origin.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(file.content());
    }

    @Operation(operationId = "deleteDocument", summary = "Delete a document (staff)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{document}")
    ResponseEntity<Void> delete(
            @PathVariable String slug,
            @PathVariable UUID assembly,
            @PathVariable UUID session,
            @PathVariable UUID document,
            Caller caller) {
        documents.delete(assembly, session, document, caller);
        return ResponseEntity.noContent().build();
    }
}
