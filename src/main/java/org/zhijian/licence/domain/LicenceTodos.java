package org.zhijian.licence.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Action;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Live licences of the admin's district that expire within the renewal lead time
 * ({@code zhijian.licence.renewal-lead-months}): the renewal list, as to-do items due on the expiry day.
 */
@Component
class LicenceTodos implements TodoSource {

    static final int LIMIT = 100;

    private final LicenceRepository licences;
    private final Clock clock;
    private final int renewalLeadMonths;

    LicenceTodos(LicenceRepository licences, Clock clock,
                 @Value("${zhijian.licence.renewal-lead-months}") int renewalLeadMonths) {
        this.licences = licences;
        this.clock = clock;
        this.renewalLeadMonths = renewalLeadMonths;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> waitingFor(AccessScope user) {
        if (!user.may(Action.EDIT_LICENCE)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LicenceQuery renewals = new LicenceQuery(null, user.districtFilter(), LicenceService.LIVE, today,
                today.plusMonths(renewalLeadMonths), null);
        return licences.findAll(renewals.toSpecification(),
                        PageRequest.of(0, LIMIT, Sort.by("expiresOn", "id"))).stream()
                .map(l -> new TodoItem("licence:" + l.getId() + ":renewal", "todo.licence.renewal",
                        l.getNumber().value() + " " + l.getEnterprise().getName() + " " + l.getProductName(),
                        "/licences/" + l.getId(), l.getExpiresOn(), l.getExpiresOn().isBefore(today)))
                .toList();
    }
}
