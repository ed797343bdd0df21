package org.zhijian.system.related;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a record page's "related records" panel.
 *
 * @param kindCode message code of what it is (e.g. {@code enforcement.case})
 * @param title    what identifies it to a user (a case number, a task's enterprise): shown as text, escaped
 * @param href     the page that opens it
 * @param statusCode message code of its state, or null
 * @param dueOn    its next deadline, or null
 * @param overdue  whether that deadline has passed
 */
public record RelatedRecord(String kindCode, String title, String href, String statusCode, LocalDate dueOn,
                            boolean overdue) {
}
