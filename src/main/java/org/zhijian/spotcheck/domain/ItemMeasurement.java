package org.zhijian.spotcheck.domain;

import java.math.BigDecimal;

/** What was measured for one test item: a number, or a conforming / non-conforming check. */
public record ItemMeasurement(Long testItemId, BigDecimal value, Boolean conforming) {
}
