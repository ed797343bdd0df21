package org.zhijian.enterprise.domain;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhijian.system.text.PinyinOrder;

/**
 * Once the application serves requests, gives the enterprises recorded before the pinyin sort key
 * existed (or written around the entity) their key, a thousand at a time. Idempotent: two instances
 * doing it at once write the same keys.
 */
@Component
class EnterpriseSortKeys {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseSortKeys.class);

    private final JdbcTemplate jdbc;

    EnterpriseSortKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissingKeys() {
        int filled = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select id, name from enterprise where name_sort_key is null order by id limit 1000");
            if (rows.isEmpty()) {
                break;
            }
            jdbc.batchUpdate("update enterprise set name_sort_key = ? where id = ?", rows.stream()
                    .map(r -> new Object[] {PinyinOrder.sortKey((String) r.get("name")), r.get("id")}).toList());
            filled += rows.size();
        }
        if (filled > 0) {
            log.info("Gave {} enterprises their pinyin sort key", filled);
        }
    }
}
