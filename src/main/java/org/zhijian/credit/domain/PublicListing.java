package org.zhijian.credit.domain;

import java.time.LocalDate;

/**
 * What the public page shows of a listing: the enterprise, the decision and its period, and the
 * reason. Never the statement, the notes of the decision or of a removal review.
 */
public record PublicListing(Long id, String enterpriseName, String creditCode, String decisionNumber,
                            LocalDate decidedOn, LocalDate listedUntil, String reason) {

    static PublicListing of(Listing l) {
        return new PublicListing(l.getId(), l.getEnterprise().getName(), l.getEnterprise().getCreditCode().value(),
                l.getDecisionNumber(), l.getDecidedOn(), l.getListedUntil(), l.getReason());
    }
}
