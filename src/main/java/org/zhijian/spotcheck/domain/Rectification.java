package org.zhijian.spotcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The follow-up of an upheld failure: the rectification order's deadline (整改),
 * the re-inspection (复查) and the closing (结案). Null while every column is empty.
 */
@Embeddable
class Rectification {

    @Column(name = "rectification_deadline")
    LocalDate rectificationDeadline;

    @Column(name = "reinspected_on")
    LocalDate reinspectedOn;

    @Column(name = "reinspection_note", length = 500)
    String reinspectionNote;

    @Column(name = "closed_on")
    LocalDate closedOn;

    Rectification() {
    }
}
