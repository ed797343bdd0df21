package org.zhijian.spotcheck.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One post-processing step as the user gives it: the day it happened, a
 * deadline (rectification), the re-test agency and results, a note.
 */
public record StepCommand(PostProcessingAction action, LocalDate occurredOn, LocalDate dueOn, String agency,
                          String note, List<ItemMeasurement> measurements) {
}
