package org.zhijian.portal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.credit.domain.CreditEntryKind;
import org.zhijian.credit.domain.ListingStatus;
import org.zhijian.enforcement.domain.CaseStatus;
import org.zhijian.inspection.domain.ResultCategory;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardStatus;
import org.zhijian.licence.domain.LicenceStatus;
import org.zhijian.spotcheck.domain.BatchStatus;

/** What the enterprise side's pages show, read inside the service's transaction (no entity leaves it). */
public final class PortalViews {

    private PortalViews() {
    }

    /** One uploaded file and its review. */
    public record EvidenceView(Long id, String fileName, String contentType, EvidenceStatus status,
                               String reviewReason, Instant submittedAt, String submittedBy) {

        static EvidenceView of(RectificationEvidence e) {
            return new EvidenceView(e.getId(), e.getFileName(), e.getContentType(), e.getStatus(),
                    e.getReviewReason(), e.getSubmittedAt(), e.getSubmittedBy());
        }
    }

    /**
     * A batch of the enterprise: its verdict, where its post-processing stands, and what the enterprise
     * may do now (an objection while the window is open, evidence while a rectification is ordered).
     */
    public record BatchCard(Long id, String formNumber, String categoryName, String categoryNameEn, String brand,
                            LocalDate samplingDate, Judgement verdict, BatchStatus status, LocalDate notifiedOn,
                            LocalDate objectionDeadline, boolean objectionOpen, LocalDate rectificationDeadline,
                            boolean evidenceOpen, List<EvidenceView> evidence) {

        public boolean failed() {
            return verdict == Judgement.FAIL;
        }
    }

    /** A hazard of the enterprise with its deadline; evidence may be uploaded while it waits for rectification. */
    public record HazardCard(Long id, String noticeNumber, HazardLevel level, String description, String requirement,
                             LocalDate foundOn, LocalDate deadline, HazardStatus status, boolean overdue,
                             boolean evidenceOpen, List<EvidenceView> evidence) {
    }

    /** A licence with its expiry and the day its renewal falls due. */
    public record LicenceCard(Long id, String number, String productName, LocalDate issuedOn, LocalDate expiresOn,
                              LocalDate renewalDueOn, LicenceStatus status) {
    }

    /**
     * A submitted inspection of the enterprise: its date, result category and the checklist items found
     * not conforming (their text only; the officers' notes and summary stay internal).
     */
    public record InspectionCard(Long id, LocalDate inspectedOn, ResultCategory result, List<String> notConforming) {
    }

    /** A decided penalty of the enterprise: the decision's number, what was imposed, and when payment is due. */
    public record PenaltyCard(Long id, String documentNumber, String penaltyContent, BigDecimal fine,
                              LocalDate decidedOn, LocalDate paymentDue, LocalDate paidOn, CaseStatus status) {
    }

    /** A line of the enterprise's credit record (信用记录). */
    public record CreditLine(Long id, LocalDate occurredOn, CreditEntryKind kind, String reference, String summary) {
    }

    /** A listing (严重违法失信名单) the enterprise has been notified of, with where it stands. */
    public record ListingCard(Long id, ListingStatus status, String noticeNumber, LocalDate notifiedOn,
                              String decisionNumber, LocalDate decidedOn, LocalDate listedUntil) {
    }
}
