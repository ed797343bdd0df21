package org.zhijian.inspection.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/** Checklists (检查事项清单), city-wide, kept in revisions: a change makes the next revision. */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    public static final String ENTITY = "Checklist";

    private final ChecklistRepository checklists;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;

    ChecklistService(ChecklistRepository checklists, AuditTrail audit, AccessGuard guard, Clock clock) {
        this.checklists = checklists;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    @Unscoped("city-wide reference data (the questions asked at every inspection), not a district's record")
    public List<Checklist> current() {
        return checklists.findCurrent();
    }

    @Unscoped("city-wide reference data, not a district's record")
    public Checklist get(Long id) {
        return checklists.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Unscoped("city-wide reference data, not a district's record")
    public List<Checklist> revisionsOf(String code) {
        return checklists.findRevisions(code);
    }

    /** The current checklist for an industry: its own, else the general one (no industry). */
    @Unscoped("city-wide reference data, not a district's record")
    public Optional<Checklist> currentFor(Industry industry) {
        List<Checklist> all = checklists.findCurrent();
        return all.stream().filter(c -> c.getIndustry() != null && c.getIndustry() == industry).findFirst()
                .or(() -> all.stream().filter(c -> c.getIndustry() == null)
                        .min(Comparator.comparing(Checklist::getCode)));
    }

    public boolean mayEdit() {
        return guard.may(Action.EDIT_CHECKLIST);
    }

    @Transactional
    @Unscoped("the city-wide checklists: the role matrix (EDIT_CHECKLIST, city admins) is the whole check")
    public Checklist create(String code, String name, Industry industry, List<ChecklistItem> items) {
        guard.require(Action.EDIT_CHECKLIST);
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{2,40}")) {
            throw new BusinessRuleException("code", "inspection.checklist.code.invalid");
        }
        if (checklists.existsByCode(code.strip())) {
            throw new BusinessRuleException("code", "inspection.checklist.code.duplicate");
        }
        Checklist c = checklists.save(new Checklist(code.strip(), 1, name, industry, items, CurrentUser.username(),
                clock.instant()));
        checklists.flush();
        audit.record(ENTITY, c.getId(), "CREATE", null, null, c.snapshot());
        return c;
    }

    /** The next revision of a checklist; the records made with earlier ones keep theirs. */
    @Transactional
    @Unscoped("the city-wide checklists: the role matrix (EDIT_CHECKLIST, city admins) is the whole check")
    public Checklist revise(Long id, long expectedVersion, String name, List<ChecklistItem> items) {
        guard.require(Action.EDIT_CHECKLIST);
        Checklist old = get(id);
        org.zhijian.system.StaleEditException.check(ENTITY, id, expectedVersion, old.getVersion(), old.snapshot());
        if (!old.isCurrentRevision()) {
            throw new BusinessRuleException(null, "inspection.checklist.notCurrent");
        }
        Instant now = clock.instant();
        Checklist next = old.revise(name, items, CurrentUser.username(), now);
        checklists.flush();
        next = checklists.save(next);
        checklists.flush();
        audit.record(ENTITY, next.getId(), "REVISE", null, old.snapshot(), next.snapshot());
        return next;
    }

    /** Items from text lines; a line starting with "*" is a two-regulations duty (两个规定). */
    public static List<ChecklistItem> parseItems(String lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.equals("*"))
                .map(l -> l.startsWith("*") ? new ChecklistItem(l.substring(1), true) : new ChecklistItem(l, false))
                .toList();
    }
}
