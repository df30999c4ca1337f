package org.civiclimate.assembly.documents.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a session may hold: documents people open, not programs. A file is taken only if its first bytes are
 * what its declared type says (a PDF starts {@code %PDF-}, office files are ZIP archives, text is UTF-8 without NUL),
 * so that a renamed executable or HTML page is refused whatever it claims to be.
 */
public enum DocumentType {
    PDF("application/pdf", Signature.PDF),
    PNG("image/png", Signature.PNG),
    JPEG("image/jpeg", Signature.JPEG),
    ODT("application/vnd.oasis.opendocument.text", Signature.ZIP),
    ODS("application/vnd.oasis.opendocument.spreadsheet", Signature.ZIP),
    ODP("application/vnd.oasis.opendocument.presentation", Signature.ZIP),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP),
    CSV("text/csv", Signature.TEXT),
    TEXT("text/plain", Signature.TEXT);

    private final String mediaType;
    private final Signature signature;

    DocumentType(String mediaType, Signature signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a declared {@code Content-Type} names (parameters such as a charset ignored), if it is allowed. */
    public static Optional<DocumentType> of(String contentType) {
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(bare))
                .findFirst();
    }

    /** Whether the content looks like this type. */
    public boolean matches(byte[] content) {
        return signature.matches(content);
    }

    private enum Signature {
        PDF(new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        ZIP(new byte[] {'P', 'K', 3, 4}),
        TEXT(new byte[0]);

        private final byte[] start;

        Signature(byte[] start) {
            this.start = start;
        }

        boolean matches(byte[] content) {
            if (this == TEXT) {
                return isText(content);
            }
            return content.length >= start.length && Arrays.equals(Arrays.copyOf(content, start.length), start);
        }

        private static boolean isText(byte[] content) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }
}
