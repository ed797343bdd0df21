package org.zhijian.enterprise.domain;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise archive timeline. Features do not write it: they publish an
 * {@link ArchiveEvent} and the line is written here, inside their transaction.
 * Reading is done through the enterprise service, which checks the district first.
 */
@Service
public class ArchiveTimeline {

    private final ArchiveEntryRepository entries;

    ArchiveTimeline(ArchiveEntryRepository entries) {
        this.entries = entries;
    }

    /** Synchronous and MANDATORY: the line commits or rolls back with the change it describes. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ArchiveEvent event) {
        entries.save(new ArchiveEntry(event.enterpriseId(), event.occurredAt(), event.category(),
                event.messageCode(), event.args(), event.link(), event.actor()));
    }

    /** Callers must have checked that the current user may see this enterprise. */
    @Transactional(readOnly = true)
    public Page<ArchiveEntry> of(Long enterpriseId, String category, Pageable pageable) {
        return category == null || category.isBlank()
                ? entries.findByEnterpriseIdOrderByOccurredAtDescIdDesc(enterpriseId, pageable)
                : entries.findByEnterpriseIdAndCategoryOrderByOccurredAtDescIdDesc(enterpriseId, category, pageable);
    }
}
