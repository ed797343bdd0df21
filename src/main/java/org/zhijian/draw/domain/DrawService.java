package org.zhijian.draw.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.Roster;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.campaign.domain.Campaign;
import org.zhijian.campaign.domain.CampaignService;
import org.zhijian.classification.domain.ClassificationService;
import org.zhijian.classification.domain.SupervisionClass;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.time.WorkingDayCalendar;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/**
 * Double-random draws (双随机一公开): drawing, reproducing from the seed, manual changes with their
 * reasons, publication, and the conflict (回避) register. A district user draws in their district only.
 */
@Service
@Transactional(readOnly = true)
public class DrawService {

    public static final String ENTITY = "RandomDraw";
    public static final String CONFLICT = "InspectorConflict";

    private final DrawRepository draws;
    private final DrawEntryRepository entries;
    private final DrawChangeRepository changes;
    private final InspectorConflictRepository conflicts;
    private final CampaignService campaigns;
    private final ClassificationService classification;
    private final EnterpriseService enterprises;
    private final Roster roster;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();
    private final int publishWithin;
    private final AccessGuard guard;
    private final WorkingDayCalendar calendar;
    private final org.springframework.context.ApplicationEventPublisher events;

    DrawService(DrawRepository draws, DrawEntryRepository entries, DrawChangeRepository changes,
                InspectorConflictRepository conflicts, CampaignService campaigns, ClassificationService classification,
                EnterpriseService enterprises, Roster roster,
                AuditTrail audit, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${zhijian.risk.draw.publish-within-working-days:20}")
                int publishWithin, AccessGuard guard, WorkingDayCalendar calendar,
                org.springframework.context.ApplicationEventPublisher events) {
        this.draws = draws;
        this.entries = entries;
        this.changes = changes;
        this.conflicts = conflicts;
        this.campaigns = campaigns;
        this.classification = classification;
        this.enterprises = enterprises;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
        this.publishWithin = publishWithin;
        this.guard = guard;
        this.calendar = calendar;
        this.events = events;
    }

    /** A draw with its current entries, changes and a check that its seed still reproduces it. */
    public record DrawView(RandomDraw draw, List<DrawEntry> entries, Map<Long, User> inspectors,
                           List<DrawChange> changes) {
    }

    /** Results are published within 20 working days (DOMAIN.md); the last day for this draw. */
    public java.time.LocalDate publishBy(RandomDraw d) {
        return calendar.after(java.time.LocalDate.ofInstant(d.getCreatedAt(), clock.getZone()), publishWithin);
    }

    /** A draft past its publication day. */
    public boolean isPublicationLate(RandomDraw d) {
        return d.getStatus() == DrawStatus.DRAFT && publishBy(d).isBefore(java.time.LocalDate.now(clock));
    }

    public List<RandomDraw> list() {
        return draws.findVisible(guard.districtFilter());
    }

    public RandomDraw get(Long id) {
        RandomDraw d = draws.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkDistrict(d.getDistrictId(), ENTITY, id);
        return d;
    }

    public DrawView view(Long id) {
        return viewOf(get(id));
    }

    @Unscoped("the public page of published draws (公示): anyone may read them")
    public List<RandomDraw> published() {
        return draws.findPublished();
    }

    /** A published draw for the public page; drafts do not exist there. */
    @Unscoped("the public page of published draws (公示): anyone may read them")
    public DrawView publishedView(Long id) {
        RandomDraw d = draws.findById(id).filter(x -> x.getStatus() == DrawStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        return viewOf(d);
    }

    private DrawView viewOf(RandomDraw d) {
        List<DrawEntry> list = draws.findEntries(d.getId());
        Set<Long> ids = list.stream().flatMap(e -> e.inspectors().stream()).collect(Collectors.toSet());
        Map<Long, User> inspectors = roster.byIds(ids).stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return new DrawView(d, list, inspectors, draws.findChanges(d.getId()));
    }

    @Transactional
    public RandomDraw draw(DrawRequest request) {
        guard.require(Action.MANAGE_DRAW);
        DrawRequest scoped = scoped(request);
        long seed = scoped.seed() != null ? scoped.seed() : seeds.nextLong();
        List<DrawEngine.Pick> picks = run(scoped, seed);
        if (picks.isEmpty()) {
            throw new BusinessRuleException(null, "risk.draw.noCandidates");
        }
        RandomDraw d = draws.save(new RandomDraw(scoped, seed, encode(picks), CurrentUser.username(),
                clock.instant()));
        Map<Long, Enterprise> byId = enterprises.allById(picks.stream().map(DrawEngine.Pick::enterpriseId)
                .toList()).stream().collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        int position = 1;
        for (DrawEngine.Pick p : picks) {
            entries.save(new DrawEntry(d.getId(), position++, byId.get(p.enterpriseId()), p.inspectorIds()));
        }
        audit.record(ENTITY, d.getId(), "CREATE", d.getDistrictId(), null, d.snapshot(), encode(picks));
        return d;
    }

    /** Runs the draw again from its recorded filter and seed; equal to the original unless the data changed. */
    public List<DrawEngine.Pick> reproduce(Long id) {
        RandomDraw d = get(id);
        return run(new DrawRequest(d.getTitle(), d.getCampaignId(), d.getDistrictId(), d.getIndustry(),
                d.getSupervisionClass(), d.getEnterpriseCount(), d.getInspectorsPerEnterprise(), d.getSeed()),
                d.getSeed());
    }

    public boolean reproducesOriginal(Long id) {
        return encode(reproduce(id)).equals(get(id).getOriginalResult());
    }

    /** Replaces one drawn inspector by another of the roster, with a reason (draft draws only). */
    @Transactional
    public RandomDraw replaceInspector(Long drawId, Long entryId, Long outgoing, Long incoming, String reason) {
        guard.require(Action.MANAGE_DRAW);
        RandomDraw d = get(drawId);
        d.requireDraft();
        requireReason(reason);
        DrawEntry entry = entries.findById(entryId).filter(e -> e.getDrawId().equals(drawId))
                .orElseThrow(() -> new NotFoundException("DrawEntry", entryId));
        List<Long> current = new ArrayList<>(entry.inspectors());
        Map<String, Object> before = inspectorsOf(entry, current);
        int at = current.indexOf(outgoing);
        if (at < 0) {
            throw new BusinessRuleException("outgoingId", "risk.draw.change.notDrawn");
        }
        User in = roster.inspectorOf(incoming, entry.getEnterprise().getDistrictId())
                .orElseThrow(() -> new BusinessRuleException("incomingId", "risk.draw.change.notOnRoster"));
        if (current.contains(incoming)) {
            throw new BusinessRuleException("incomingId", "risk.draw.change.alreadyDrawn");
        }
        if (conflicts.existsByUserIdAndEnterpriseId(incoming, entry.getEnterprise().getId())) {
            throw new BusinessRuleException("incomingId", "risk.draw.change.conflict");
        }
        current.set(at, in.getId());
        entry.setInspectors(current);
        String description = "#" + entry.getPosition() + " " + entry.getEnterprise().getName() + ": "
                + nameOf(outgoing) + " -> " + in.getDisplayName();
        changes.save(new DrawChange(drawId, description, reason, CurrentUser.username(), clock.instant()));
        audit.record(ENTITY, drawId, "CHANGE", d.getDistrictId(), before, inspectorsOf(entry, current),
                description + " (" + reason + ")");
        return d;
    }

    @Transactional
    public RandomDraw publish(Long id) {
        guard.require(Action.MANAGE_DRAW);
        RandomDraw d = get(id);
        Map<String, Object> before = d.snapshot();
        d.publish(clock.instant());
        draws.flush();
        audit.record(ENTITY, id, "PUBLISH", d.getDistrictId(), before, d.snapshot());
        events.publishEvent(new DrawPublished(id, d.getTitle(),
                java.time.LocalDate.ofInstant(d.getPublishedAt(), clock.getZone()),
                draws.findEntries(id).stream()
                        .map(e -> new DrawPublished.Entry(e.getEnterprise().getId(), e.inspectors())).toList()));
        return d;
    }

    /** The district whose inspectors the current user may assign: the one asked for, or their own. */
    public Long rosterDistrict(Long requestedDistrictId) {
        return guard.narrow(requestedDistrictId);
    }

    /** Whether a conflict of interest (回避) keeps this user from inspecting this enterprise. */
    public boolean hasConflict(Long userId, Long enterpriseId) {
        return conflicts.existsByUserIdAndEnterpriseId(userId, enterpriseId);
    }

    public List<InspectorConflict> conflicts() {
        return conflicts.findVisible(guard.districtFilter());
    }

    @Transactional
    public InspectorConflict recordConflict(Long userId, Long enterpriseId, String reason) {
        guard.require(Action.MANAGE_DRAW);
        Long districtId = enterprises.visibleDistrictOf(enterpriseId);
        if (!roster.isInspector(userId)) {
            throw new BusinessRuleException("userId", "risk.conflict.notInspector");
        }
        if (conflicts.existsByUserIdAndEnterpriseId(userId, enterpriseId)) {
            throw new BusinessRuleException("userId", "risk.conflict.duplicate");
        }
        requireReason(reason);
        InspectorConflict c = conflicts.save(new InspectorConflict(userId, enterpriseId, reason,
                CurrentUser.username(), clock.instant()));
        audit.record(CONFLICT, c.getId(), "CREATE", districtId, null, c.snapshot());
        return c;
    }

    private DrawRequest scoped(DrawRequest r) {
        Long district = guard.narrow(r.districtId());
        if (r.campaignId() != null) {
            campaigns.find(r.campaignId())
                    .orElseThrow(() -> new BusinessRuleException("campaignId", "risk.campaign.unknown"));
        }
        return new DrawRequest(r.title(), r.campaignId(), district, r.industry(), r.supervisionClass(),
                r.enterpriseCount(), r.inspectorsPerEnterprise(), r.seed());
    }

    private List<DrawEngine.Pick> run(DrawRequest r, long seed) {
        List<Object[]> rows;
        if (r.campaignId() != null) {
            Campaign c = campaigns.find(r.campaignId()).orElseThrow();
            Set<Long> districts = new HashSet<>(c.getDistrictIdSet());
            if (r.districtId() != null) {
                districts.retainAll(Set.of(r.districtId()));
            }
            rows = districts.isEmpty() ? List.of()
                    : draws.findCandidatesIn(EnterpriseStatus.ACTIVE, districts, r.industry() == null
                    ? c.getIndustrySet() : Set.of(r.industry()));
        } else {
            rows = draws.findCandidates(EnterpriseStatus.ACTIVE, r.districtId(), r.industry());
        }
        List<DrawEngine.Candidate> candidates = rows.stream()
                .map(x -> new DrawEngine.Candidate((Long) x[0], (Long) x[1])).toList();
        if (r.supervisionClass() != null && !candidates.isEmpty()) {
            Map<Long, SupervisionClass> cls = classification.effectiveClasses(
                    candidates.stream().map(DrawEngine.Candidate::enterpriseId).toList());
            candidates = candidates.stream().filter(c -> cls.get(c.enterpriseId()) == r.supervisionClass()).toList();
        }
        Map<Long, List<Long>> rosters = new LinkedHashMap<>();
        candidates.stream().map(DrawEngine.Candidate::districtId).distinct().forEach(d ->
                rosters.put(d, roster.inspectorsOf(d).stream().map(User::getId).toList()));
        Set<DrawEngine.Conflict> recorded = conflicts.findByEnterpriseIdIn(
                        candidates.stream().map(DrawEngine.Candidate::enterpriseId).toList()).stream()
                .map(InspectorConflict::toConflict).collect(Collectors.toSet());
        return DrawEngine.draw(seed, r.enterpriseCount(), r.inspectorsPerEnterprise(), candidates, rosters, recorded);
    }

    static String encode(List<DrawEngine.Pick> picks) {
        return picks.stream().map(p -> p.enterpriseId() + ":" + p.inspectorIds().stream().map(String::valueOf)
                .collect(Collectors.joining(","))).collect(Collectors.joining(";"));
    }

    /** The drawn inspectors of one entry by name, in draw order: the before and after of a manual change. */
    private Map<String, Object> inspectorsOf(DrawEntry entry, List<Long> inspectorIds) {
        Map<Long, String> names = roster.byIds(inspectorIds).stream()
                .collect(Collectors.toMap(User::getId, User::getDisplayName));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("drawEntry", "#" + entry.getPosition() + " " + entry.getEnterprise().getName());
        s.put("inspectors", inspectorIds.stream().map(id -> names.getOrDefault(id, String.valueOf(id)))
                .collect(Collectors.joining(", ")));
        return s;
    }

    private String nameOf(Long userId) {
        return roster.nameOf(userId).orElse(String.valueOf(userId));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "risk.draw.change.reasonRequired");
        }
    }
}
