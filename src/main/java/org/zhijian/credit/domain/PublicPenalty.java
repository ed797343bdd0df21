package org.zhijian.credit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.zhijian.enforcement.domain.PenaltyKind;

/** What the public page shows of a penalty decision: the decision's published fields and nothing of the case. */
public record PublicPenalty(Long id, String documentNumber, String enterpriseName, String creditCode,
                           List<PenaltyKind> kinds, BigDecimal fine, LocalDate decidedOn, String violation,
                           String legalBasis, String penaltyContent, LocalDate publishedOn, LocalDate publicUntil) {

    static PublicPenalty of(PenaltyNotice p) {
        return new PublicPenalty(p.getId(), p.getDocumentNumber(), p.getEnterpriseName(), p.getCreditCode(),
                p.getKindList(), p.getFine(), p.getDecidedOn(), p.getViolation(), p.getLegalBasis(),
                p.getPenaltyContent(), p.getPublishedOn(), p.getPublicUntil());
    }
}
