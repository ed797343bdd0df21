package org.zhijian.enterprise.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.jpa.BulkWriter;

/**
 * The enterprise archive timeline. Features do not write it: they publish an
 * {@link ArchiveEvent} and the line is written here, inside their transaction.
 * A bulk writer (the agency result import) hands its lines to {@link #recordAll} instead.
 * Reading is done through the enterprise service, which checks the district first.
 */
@Service
public class ArchiveTimeline {

    private static final String COLUMNS =
            "enterprise_id, occurred_at, category, message_code, message_args, link, actor";

    private final ArchiveEntryRepository entries;
    private final DataSource dataSource;

    ArchiveTimeline(ArchiveEntryRepository entries, DataSource dataSource) {
        this.entries = entries;
        this.dataSource = dataSource;
    }

    /** Synchronous and MANDATORY: the line commits or rolls back with the change it describes. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ArchiveEvent event) {
        entries.save(new ArchiveEntry(event.enterpriseId(), event.occurredAt(), event.category(),
                event.messageCode(), event.args(), event.link(), event.actor()));
    }

    /**
     * Many lines at once, copied in bulk (PostgreSQL COPY, JDBC batches elsewhere) inside the caller's
     * transaction, for writers of thousands of records (the agency result import) that would otherwise
     * publish one {@link ArchiveEvent} each. Same guarantee: the lines commit or roll back with the caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<ArchiveEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (ArchiveEvent e : events) {
            BulkWriter.line(rows, e.enterpriseId(), e.occurredAt(), e.category(), e.messageCode(),
                    ArchiveEntry.storedArgs(e.args()), e.link(), e.actor());
        }
        try (BulkWriter w = BulkWriter.inTransaction(dataSource)) {
            w.copy("archive_entry", COLUMNS, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("archive lines could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Callers must have checked that the current user may see this enterprise. */
    @Transactional(readOnly = true)
    public Page<ArchiveEntry> of(Long enterpriseId, String category, Pageable pageable) {
        return category == null || category.isBlank()
                ? entries.findByEnterpriseIdOrderByOccurredAtDescIdDesc(enterpriseId, pageable)
                : entries.findByEnterpriseIdAndCategoryOrderByOccurredAtDescIdDesc(enterpriseId, category, pageable);
    }
}
