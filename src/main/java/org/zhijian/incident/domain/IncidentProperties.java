package org.zhijian.incident.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of risk information and incidents (zhijian.incident.*): the working days a head has to
 * assess an item (研判), the hours after an incident within which its initial report is due
 * (DOMAIN.md: 2 hours by default), and the working days an inspection task decided on assessment
 * is given.
 */
@ConfigurationProperties("zhijian.incident")
public record IncidentProperties(int assessmentWorkingDays, Duration initialReportWithin, int taskWorkingDays) {

    public IncidentProperties {
        assessmentWorkingDays = assessmentWorkingDays <= 0 ? 3 : assessmentWorkingDays;
        initialReportWithin = initialReportWithin == null || initialReportWithin.isNegative()
                || initialReportWithin.isZero() ? Duration.ofHours(2) : initialReportWithin;
        taskWorkingDays = taskWorkingDays <= 0 ? 10 : taskWorkingDays;
    }

    public static IncidentProperties defaults() {
        return new IncidentProperties(0, null, 0);
    }
}
