package org.zhijian.dashboard.domain;

import java.time.LocalDate;

/** One batch of an enterprise -> batch drill-down. */
public record BatchRow(long id, String formNumber, LocalDate samplingDate, long categoryId, long districtId,
                       String level, String verdict, String status, boolean finalVerdict) {
}
