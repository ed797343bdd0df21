package org.zhijian.enforcement.domain;

import java.time.LocalDate;
import java.util.Set;

/** What the head enters to open a case (立案): the officers (at least two), the party, the facts, the legal basis, why. */
public record OpenCaseDetails(Set<Long> officerIds, PartyKind party, String violation, String legalBasis,
                              String reason, LocalDate openedOn) {
}
