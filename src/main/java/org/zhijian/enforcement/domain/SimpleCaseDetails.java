package org.zhijian.enforcement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A penalty on the spot (简易程序, 当场处罚): the case is opened and decided in one go. */
public record SimpleCaseDetails(Long enterpriseId, Set<Long> officerIds, PartyKind party, String violation,
                                String legalBasis, Set<PenaltyKind> kinds, BigDecimal fine, String penaltyContent,
                                LocalDate decidedOn) {
}
