package org.zhijian.system.todo;

import java.time.LocalDate;

/**
 * One item waiting for a user.
 *
 * @param key      stable identity across calls ({@code "hazard:42:review"}), so a mail is sent once per new item
 * @param kindCode message code of what is asked ({@code todo.hazard.review})
 * @param title    what it is about (an enterprise's name, a case number): text, shown escaped
 * @param href     the page where the user acts on it
 * @param dueOn    its deadline, or null when it has none (listed after those that have one)
 * @param overdue  whether that deadline has passed
 */
public record TodoItem(String key, String kindCode, String title, String href, LocalDate dueOn, boolean overdue) {
}
