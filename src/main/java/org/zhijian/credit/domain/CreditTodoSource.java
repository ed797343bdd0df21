package org.zhijian.credit.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/** Listings waiting for a user: proposals to decide and removal applications to review (heads), proposals to notice (officers). */
@Component
class CreditTodoSource implements TodoSource {

    private static final int MAX = 50;

    private final ListingService listings;

    CreditTodoSource(ListingService listings) {
        this.listings = listings;
    }

    @Override
    public List<TodoItem> waitingFor(AccessScope user) {
        LocalDate today = listings.today();
        return listings.waitingFor(user, MAX).stream()
                .map(l -> new TodoItem("listing:" + l.getId() + ":" + l.getStatus().name(),
                        "todo.credit.listing." + l.getStatus().name(), l.getEnterprise().getName(),
                        "/credit/listings/" + l.getId(), listings.terms().dueOn(l), listings.terms().overdue(l, today)))
                .toList();
    }
}
