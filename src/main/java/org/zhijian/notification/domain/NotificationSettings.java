package org.zhijian.notification.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.Roster;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Role;

/** Each user's own mail settings, and the outbox of written mails for admins. */
@Service
@Transactional(readOnly = true)
public class NotificationSettings {

    public static final String ENTITY = "NotificationPreference";

    private final NotificationPreferenceRepository preferences;
    private final OutgoingMailRepository outbox;
    private final TodoInbox inbox;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;
    private final Roster roster;

    NotificationSettings(NotificationPreferenceRepository preferences, OutgoingMailRepository outbox, TodoInbox inbox,
                         AccessGuard guard, AuditTrail audit, Clock clock, Roster roster) {
        this.roster = roster;
        this.preferences = preferences;
        this.outbox = outbox;
        this.inbox = inbox;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current user's settings (the defaults when they never saved any). */
    @org.zhijian.system.security.Unscoped("the caller's own settings")
    public NotificationPreference mine() {
        Long me = me();
        return preferences.findByUserId(me).orElseGet(() -> NotificationPreference.defaultsFor(me));
    }

    /** Where the current user's mails go, if anywhere. */
    @org.zhijian.system.security.Unscoped("the caller's own account")
    public java.util.Optional<String> myEmail() {
        return roster.emailOf(me());
    }

    /**
     * The kinds a user may mute: those of their current items and those already muted. Outside a
     * transaction: each source runs in its own, and one that fails is left out without spoiling this one.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    @org.zhijian.system.security.Unscoped("the caller's own items and settings")
    public Set<String> kindGroups() {
        Set<String> groups = new TreeSet<>(mine().mutedGroups());
        inbox.mine().forEach(i -> groups.add(TodoOrder.groupOf(i.kindCode())));
        return groups;
    }

    @Transactional
    @org.zhijian.system.security.Unscoped("the caller's own settings")
    public NotificationPreference save(long expectedVersion, boolean newItemMails, boolean dailyDigest,
                                       Collection<String> mutedGroups) {
        Long me = me();
        NotificationPreference p = preferences.findByUserId(me).orElse(null);
        Map<String, Object> before = null;
        if (p == null) {
            p = NotificationPreference.defaultsFor(me);
        } else {
            StaleEditException.check(ENTITY, p.getId(), expectedVersion, p.getVersion(), p.snapshot());
            before = p.snapshot();
        }
        p.change(newItemMails, dailyDigest, mutedGroups, clock.instant());
        p = preferences.saveAndFlush(p);
        audit.record(ENTITY, p.getId(), before == null ? "CREATE" : "UPDATE", guard.ownDistrict(), before, p.snapshot());
        return p;
    }

    /** The mails written, newest first: admins only, a district admin those of their district's users. */
    public Page<OutgoingMail> outbox(Pageable pageable) {
        AccessScope scope = guard.scope();
        if (!scope.has(Role.ADMIN)) {
            throw new AccessDeniedException(scope.username() + " may not read the outbox");
        }
        return outbox.findVisible(guard.districtFilter(), pageable);
    }

    private Long me() {
        Long id = guard.userId();
        if (id == null) {
            throw new NotFoundException(ENTITY, null);
        }
        return id;
    }
}
