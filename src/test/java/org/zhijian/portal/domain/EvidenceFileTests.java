package org.zhijian.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.time.WorkingDayCalendar;

/** The evidence file's checks and the two regulations' periods, without Spring. */
class EvidenceFileTests {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theTypeIsTheOneTheBytesProve() {
        assertThat(EvidenceFile.checked("a.jpg", "image/jpeg", JPEG).contentType()).isEqualTo("image/jpeg");
        assertThat(EvidenceFile.checked("r.pdf", "application/octet-stream", PDF).contentType())
                .isEqualTo("application/pdf");
        assertThat(EvidenceFile.checked(null, null, PDF).fileName()).isEqualTo("evidence");
    }

    @Test
    void aRenamedEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> EvidenceFile.checked("a.jpg", "image/jpeg", PDF))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("portal.evidence.type");
        assertThatThrownBy(() -> EvidenceFile.checked("a.exe", "image/png", "MZ\u0090".getBytes()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> EvidenceFile.checked("a.png", "image/png", new byte[0]))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("portal.evidence.empty");
        byte[] huge = new byte[(int) EvidenceFile.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> EvidenceFile.checked("big.pdf", "application/pdf", huge))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("portal.evidence.tooLarge");
        // RIFF that is not WEBP (a WAV file) is no photo
        assertThatThrownBy(() -> EvidenceFile.checked("a.webp", "image/webp",
                "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void periodsAndWhatIsDue() {
        WorkingDayCalendar weekends = WorkingDayCalendar.weekendsOnly();
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(DutyPeriod.WEEKLY.start(LocalDate.of(2026, 12, 6))).isEqualTo(monday);
        assertThat(DutyPeriod.MONTHLY.start(monday)).isEqualTo(LocalDate.of(2026, 11, 1));
        // on a Monday the last daily record due is Friday's
        assertThat(DutyPeriod.DAILY.lastDueStart(monday, weekends)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(DutyPeriod.WEEKLY.lastDueStart(monday, weekends)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(DutyPeriod.MONTHLY.lastDueStart(monday, weekends)).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
