package org.zhijian.enterprise.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhijian.system.text.PinyinOrder;

/**
 * Gives enterprises recorded before the pinyin keys existed (or loaded in bulk around the entity)
 * their sort key and initials: the registry sorts and the type-ahead matches without transliterating
 * per request. Runs once the application serves, on its own thread so readiness does not wait for a
 * province's million rows; walks the ids forward a thousand at a time (each read starts where the last
 * ended, so the walk stays linear) and writes each chunk in one batch. Idempotent: two instances doing
 * it at once write the same keys.
 */
@Component
class EnterpriseNameKeys {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseNameKeys.class);
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;

    EnterpriseNameKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingInBackground() {
        Thread worker = new Thread(() -> {
            try {
                fillMissing();
            } catch (RuntimeException e) {
                log.warn("Filling the enterprises' pinyin keys stopped; the next start goes on", e);
            }
        }, "enterprise-name-keys");
        worker.setDaemon(true);
        worker.start();
    }

    /** Fills every missing key; returns how many enterprises it wrote. */
    int fillMissing() {
        int filled = 0;
        long after = 0;
        while (true) {
            List<Object[]> rows = jdbc.query("select id, name from enterprise"
                            + " where id > ? and (name_sort_key is null or name_initials is null) order by id limit ?",
                    (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, after, CHUNK);
            if (rows.isEmpty()) {
                break;
            }
            jdbc.batchUpdate("update enterprise set name_sort_key = ?, name_initials = ? where id = ?",
                    rows.stream().map(r -> new Object[] {PinyinOrder.sortKey((String) r[1]), initials((String) r[1]),
                            r[0]}).toList());
            filled += rows.size();
            after = (Long) rows.get(rows.size() - 1)[0];
        }
        if (filled > 0) {
            log.info("Gave {} enterprises their pinyin sort key and initials", filled);
        }
        return filled;
    }

    /** A name without letters keeps an empty marker, so it is not read again at every start. */
    private static String initials(String name) {
        String initials = PinyinInitials.of(name);
        return initials == null ? "" : initials;
    }
}
