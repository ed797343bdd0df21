package org.zhijian.enterprise.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.CurrentUser;

/**
 * The enterprise archive timeline. Each feature adds its events here (licences
 * now; spot checks and risk later) inside its own transaction. Reading is done
 * through the enterprise service, which checks the district first.
 */
@Service
public class ArchiveTimeline {

    /** Timeline categories; features may add their own strings. */
    public static final String LICENCE = "LICENCE";
    public static final String REGISTRY = "REGISTRY";

    private final ArchiveEntryRepository entries;

    ArchiveTimeline(ArchiveEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long enterpriseId, Instant occurredAt, String category, String messageCode, String link,
                       Object... args) {
        List<String> text = Arrays.stream(args).map(a -> Objects.toString(a, "")).toList();
        entries.save(new ArchiveEntry(enterpriseId, occurredAt, category, messageCode, text, link,
                CurrentUser.username()));
    }

    /** Callers must have checked that the current user may see this enterprise. */
    @Transactional(readOnly = true)
    public Page<ArchiveEntry> of(Long enterpriseId, String category, Pageable pageable) {
        return category == null || category.isBlank()
                ? entries.findByEnterpriseIdOrderByOccurredAtDescIdDesc(enterpriseId, pageable)
                : entries.findByEnterpriseIdAndCategoryOrderByOccurredAtDescIdDesc(enterpriseId, category, pageable);
    }
}
