package org.zhijian.spotcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.zhijian.catalogue.domain.Judgement;

/**
 * A failure told to the enterprise (告知) and its objection window, with the
 * re-test (复检) it may ask for within it. Hibernate leaves it null while every
 * column is empty; {@link SamplingBatch} reads it null-safe.
 */
@Embeddable
class Objection {

    @Column(name = "notified_on")
    LocalDate notifiedOn;

    @Column(name = "objection_deadline")
    LocalDate objectionDeadline;

    @Column(name = "retest_requested_on")
    LocalDate retestRequestedOn;

    @Column(name = "retest_agency", length = 200)
    String retestAgency;

    @Column(name = "retest_on")
    LocalDate retestOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "retest_verdict", length = 4)
    Judgement retestVerdict;

    Objection() {
    }
}
