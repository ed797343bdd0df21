package org.zhijian.portal.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.AccountService;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.system.security.EnterpriseStanding;

/**
 * A deregistered (注销) enterprise's users can no longer log in: refused at every login at once, and
 * their accounts disabled by the daily job (so the admin's list says so too).
 */
@Component
public class DeregisteredEnterprises implements EnterpriseStanding {

    private static final Logger log = LoggerFactory.getLogger(DeregisteredEnterprises.class);

    private final EnterpriseService enterprises;
    private final AccountService accounts;

    DeregisteredEnterprises(EnterpriseService enterprises, AccountService accounts) {
        this.enterprises = enterprises;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayLogIn(Long enterpriseId) {
        return enterprises.allById(List.of(enterpriseId)).stream()
                .anyMatch(e -> e.getStatus() != EnterpriseStatus.DEREGISTERED);
    }

    /** Runs as the system (no user): every district. */
    @Scheduled(cron = "${zhijian.portal.deregistered-check-cron:0 30 2 * * *}", zone = "${zhijian.time-zone}")
    @Transactional
    public int disableUsersOfDeregistered() {
        List<Long> deregistered = enterprises.allById(accounts.enterprisesWithEnabledUsers()).stream()
                .filter(e -> e.getStatus() == EnterpriseStatus.DEREGISTERED).map(Enterprise::getId).toList();
        int n = accounts.disableUsersOf(deregistered);
        if (n > 0) {
            log.info("Disabled {} enterprise users of {} deregistered enterprises", n, deregistered.size());
        }
        return n;
    }
}
