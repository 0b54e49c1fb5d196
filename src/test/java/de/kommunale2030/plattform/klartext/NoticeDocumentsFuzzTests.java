package de.kommunale2030.plattform.klartext;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing with Jazzer: whatever bytes are uploaded, the answer is a text or an
 * {@link UnreadableNotice} with a German sentence, never another exception. Without
 * {@code JAZZER_FUZZ=1} the test runs the inputs found so far (regression mode: a small PDF with an
 * uncompressed content stream, so that mutations reach PDFBox's parsers rather than a checksum).
 */
class NoticeDocumentsFuzzTests {

    private final NoticeDocuments documents = new NoticeDocuments();

    @FuzzTest(maxDuration = "60s")
    void anyUploadIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        var content = data.consumeRemainingAsBytes();
        try {
            assertThat(documents.text(content, null)).isNotBlank();
        } catch (UnreadableNotice refused) {
            assertThat(refused.germanMessage()).isNotBlank();
        }
    }
}
