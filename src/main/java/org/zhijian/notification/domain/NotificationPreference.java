package org.zhijian.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.zhijian.system.jpa.BaseEntity;
import org.zhijian.system.todo.TodoItem;

/**
 * What one user wants mailed: each new item, a daily digest, and which kinds (by group,
 * {@link TodoOrder#groupOf}) they do not want mailed at all. The inbox page always shows everything.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends BaseEntity {

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(name = "new_item_mails", nullable = false)
    private boolean newItemMails = true;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest = true;

    @Column(name = "muted_kinds", length = 500)
    private String mutedKinds;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationPreference() {
    }

    /** The defaults: every kind, each new item and the daily digest. */
    public static NotificationPreference defaultsFor(Long userId) {
        NotificationPreference p = new NotificationPreference();
        p.userId = userId;
        return p;
    }

    void change(boolean newItemMails, boolean dailyDigest, Collection<String> mutedGroups, Instant now) {
        this.newItemMails = newItemMails;
        this.dailyDigest = dailyDigest;
        this.mutedKinds = mutedGroups.isEmpty() ? null : String.join(",", new TreeSet<>(mutedGroups));
        this.updatedAt = now;
    }

    public boolean wantsMailAbout(TodoItem item) {
        return !mutedGroups().contains(TodoOrder.groupOf(item.kindCode()));
    }

    public Set<String> mutedGroups() {
        return mutedKinds == null ? Set.of()
                : Arrays.stream(mutedKinds.split(",")).filter(s -> !s.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("userId", userId);
        s.put("newItemMails", newItemMails);
        s.put("dailyDigest", dailyDigest);
        s.put("mutedKinds", mutedKinds);
        return s;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean isNewItemMails() {
        return newItemMails;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
