package org.zhijian.system.todo;

import java.util.List;
import org.zhijian.system.security.AccessScope;

/**
 * One module's part of everyone's to-do inbox (我的待办): the items of that module that wait for a
 * given user (steps due, approvals, evidence to review, expiring licences, tasks). The notification
 * module asks every source and merges the answers by deadline; it also asks them for the daily
 * mail digest, outside any request, so a source works from the {@link AccessScope} it is given and
 * never from the security context. A source answers only items that are this user's duty, within
 * their scope (district, enterprise), and does so with a bounded query (it is asked on every page
 * that shows the count).
 */
public interface TodoSource {

    List<TodoItem> waitingFor(AccessScope user);
}
