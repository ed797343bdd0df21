package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A penalty decision (行政处罚决定书) was made; carries what a listener needs, including what the
 * public penalty notice shows (document number, violation, legal basis, penalty content), so credit
 * can record and publish it without reading the case. Credit records the penalty (and may propose a
 * listing when serious). The licence and classification effects are made by enforcement calling
 * those modules, not by listeners.
 *
 * <p>Delivery: in-process and synchronous, inside the publisher's transaction (see docs/events.md).
 */
public record PenaltyDecided(Long caseId, Long enterpriseId, Long districtId, String documentNumber,
                             Set<PenaltyKind> kinds, BigDecimal fine, boolean serious, LocalDate decidedOn,
                             String violation, String legalBasis, String penaltyContent) {
}
