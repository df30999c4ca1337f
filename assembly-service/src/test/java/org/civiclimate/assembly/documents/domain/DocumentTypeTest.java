package org.civiclimate.assembly.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    @Test
    void aDeclaredTypeIsReadWithoutItsParametersAndOnlyAllowedOnesAreKnown() {
        assertThat(DocumentType.of("text/csv; charset=UTF-8")).contains(DocumentType.CSV);
        assertThat(DocumentType.of("APPLICATION/PDF")).contains(DocumentType.PDF);
        assertThat(DocumentType.of("text/html")).isEmpty();
        assertThat(DocumentType.of("application/x-msdownload")).isEmpty();
    }

    @Test
    void theContentMustStartAsItsTypeSays() {
        assertThat(DocumentType.PDF.matches("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
        assertThat(DocumentType.PDF.matches("MZ....".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(DocumentType.DOCX.matches(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .isTrue();
        assertThat(DocumentType.PNG.matches(new byte[] {(byte) 0x89, 'P', 'N'})).isFalse();
        assertThat(DocumentType.TEXT.matches("Procès-verbal".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(DocumentType.TEXT.matches(new byte[] {'a', 0, 'b'})).isFalse();
        assertThat(DocumentType.CSV.matches(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isFalse();
    }
}
