package org.zhijian.enterprise.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the pinyin initials of enterprises recorded before they existed (or loaded in
 * bulk), once, a thousand at a time: the type-ahead never transliterates per keystroke.
 */
@Component
class EnterpriseInitialsBackfill {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseInitialsBackfill.class);
    private static final int CHUNK = 1000;

    private final EnterpriseRepository enterprises;
    private final TransactionTemplate tx;

    EnterpriseInitialsBackfill(EnterpriseRepository enterprises, PlatformTransactionManager transactions) {
        this.enterprises = enterprises;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        int filled = 0;
        while (true) {
            Integer done = tx.execute(status -> {
                List<EnterpriseRepository.NameWithoutInitials> rows =
                        enterprises.findWithoutInitials(PageRequest.of(0, CHUNK));
                int n = 0;
                for (var row : rows) {
                    String initials = PinyinInitials.of(row.getName());
                    // a name without letters keeps an empty marker, so it is not read again at every start
                    enterprises.setInitials(row.getId(), initials == null ? "" : initials);
                    n++;
                }
                return n;
            });
            if (done == null || done == 0) {
                break;
            }
            filled += done;
        }
        if (filled > 0) {
            log.info("Filled the pinyin initials of {} enterprises", filled);
        }
    }
}
