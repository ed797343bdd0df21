package org.zhijian.system.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.Role;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.CurrentUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Every create, update and transition in
 * Zhijian goes through {@link #record}; out-of-district attempts go through
 * {@link #recordDenied}, whose record is committed even when the caller's
 * transaction rolls back.
 */
@Service
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final AuditEventRepository events;
    private final JsonMapper json;
    private final Clock clock;
    private final DeniedAccessLog deniedAccess;
    private final AuditWords words;

    AuditTrail(AuditEventRepository events, JsonMapper json, Clock clock, DeniedAccessLog deniedAccess,
               AuditWords words) {
        this.events = events;
        this.words = words;
        this.json = json;
        this.clock = clock;
        this.deniedAccess = deniedAccess;
    }

    /** A change to a record: before is null for a creation. Joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, Long districtId,
                       Map<String, Object> before, Map<String, Object> after) {
        record(entityType, entityId, action, districtId, before, after, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Long entityId, String action, Long districtId,
                       Map<String, Object> before, Map<String, Object> after, String detail) {
        events.save(new AuditEvent(entityType, entityId, action, CurrentUser.username(), districtId,
                clock.instant(), toJson(before), toJson(after), detail));
    }

    /**
     * A change made by someone who is not logged in yet, named by the caller: an invited enterprise
     * user setting their first password through their invitation.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String entityType, Long entityId, String action, Long districtId,
                         Map<String, Object> before, Map<String, Object> after) {
        events.save(new AuditEvent(entityType, entityId, action, actor, districtId, clock.instant(), toJson(before),
                toJson(after), null));
    }

    /**
     * An attempt on a record outside the user's district, refused by the
     * {@link org.zhijian.system.security.AccessGuard}: logged and kept even
     * though the request fails.
     */
    public void recordDenied(AccessScope scope, Long recordDistrictId, String entityType, Long entityId) {
        log.warn("Denied {} (district {}) access to {} {} of district {}", scope.username(),
                scope.districtId(), entityType, entityId, recordDistrictId);
        deniedAccess.record(scope, recordDistrictId, entityType, entityId);
    }

    /** The history of one record, newest first: for heads and admins only. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> historyOf(String entityType, Long entityId) {
        AccessScope scope = CurrentUser.scope();
        if (!scope.has(Role.HEAD) && !scope.has(Role.ADMIN)) {
            throw new AccessDeniedException("audit history is for heads and admins");
        }
        List<AuditEvent> rows = events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId)
                .stream().filter(e -> !"ACCESS_DENIED".equals(e.getAction())).toList();
        Map<String, String> actors = words.actorNames(rows.stream().map(AuditEvent::getActor)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(e -> toView(e, actors)).toList();
    }

    /** The history for heads and admins; null for anyone else, so pages simply leave it out. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> historyIfPermitted(String entityType, Long entityId) {
        AccessScope scope = CurrentUser.scope();
        return scope.has(Role.HEAD) || scope.has(Role.ADMIN) ? historyOf(entityType, entityId) : null;
    }

    private AuditEntryView toView(AuditEvent e, Map<String, String> actors) {
        Locale locale = LocaleContextHolder.getLocale();
        String type = e.getEntityType();
        Map<String, Object> before = fromJson(e.getBeforeState());
        Map<String, Object> after = fromJson(e.getAfterState());
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<AuditEntryView.Change> changes = new ArrayList<>();
        for (String key : keys) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(b, a)) {
                changes.add(new AuditEntryView.Change(key, words.fieldLabel(type, key, locale),
                        words.value(type, key, b, locale), words.value(type, key, a, locale)));
            }
        }
        return new AuditEntryView(e.getOccurredAt(), actors.getOrDefault(e.getActor(), e.getActor()), e.getAction(),
                words.actionLabel(type, e.getAction(), locale), e.getDetail(), changes);
    }

    private String toJson(Map<String, Object> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private Map<String, Object> fromJson(String text) {
        return text == null ? Map.of() : json.readValue(text, MAP);
    }
}
