package org.zhijian.enforcement.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enforcement.domain.CaseService;
import org.zhijian.enforcement.domain.EnforcementCase;

/**
 * The enforcement panel on the enterprise page (${@enforcementPanel.of(enterprise.id)}): the
 * enterprise's cases, overdue ones flagged. Goes through the scoped service like any page.
 */
@Component("enforcementPanel")
@Transactional(readOnly = true)
public class EnforcementPanel {

    private final CaseService cases;

    EnforcementPanel(CaseService cases) {
        this.cases = cases;
    }

    public record Panel(List<EnforcementCase> cases, LocalDate today) {
    }

    public Panel of(Long enterpriseId) {
        return new Panel(cases.ofEnterprise(enterpriseId), cases.today());
    }
}
