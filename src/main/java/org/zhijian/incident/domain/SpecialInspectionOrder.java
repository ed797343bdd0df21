package org.zhijian.incident.domain;

import java.time.LocalDate;
import java.util.List;
import org.zhijian.enterprise.domain.Industry;

/**
 * The special inspection (专项检查) of an emergency response: which districts, which enterprises
 * there (by industry; all active ones when none is given), and by when.
 */
public record SpecialInspectionOrder(String title, List<Long> districtIds, Industry industry, LocalDate dueOn) {
}
