package org.zhijian.spotcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.zhijian.catalogue.domain.Judgement;

/** The agency's first test (检验报告): its report, the day it tested and the verdict it gave. */
@Embeddable
class TestReport {

    @Column(name = "report_number", length = 60)
    String reportNumber;

    @Column(name = "tested_on")
    LocalDate testedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "initial_verdict", length = 4)
    Judgement initialVerdict;

    TestReport() {
    }

    TestReport(String reportNumber, LocalDate testedOn, Judgement initialVerdict) {
        this.reportNumber = reportNumber;
        this.testedOn = testedOn;
        this.initialVerdict = initialVerdict;
    }
}
