package org.zhijian.notification.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.AccessScope;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.todo.TodoItem;
import org.zhijian.system.todo.TodoSource;

/**
 * Everyone's to-do inbox (我的待办): the items of every {@link TodoSource} that wait for a user,
 * merged and ordered by deadline ({@link TodoOrder}). The navigation's badge asks for the count
 * after the page has loaded, and the count is kept per user for a short while
 * ({@code zhijian.notification.count-cache}, 30 s), so the sources are not asked on every page.
 */
@Service
public class TodoInbox {

    private static final Logger log = LoggerFactory.getLogger(TodoInbox.class);

    private final ObjectProvider<TodoSource> sources;
    private final AccessGuard guard;
    private final Cache<Long, Integer> counts;

    TodoInbox(ObjectProvider<TodoSource> sources, AccessGuard guard,
              @Value("${zhijian.notification.count-cache:PT30S}") Duration countCache) {
        this.sources = sources;
        this.guard = guard;
        this.counts = Caffeine.newBuilder().expireAfterWrite(countCache).maximumSize(10_000).build();
    }

    /** The current user's items, in the inbox's order; refreshes the badge's count. */
    @Unscoped("the caller's own items: each source answers only what lies in the caller's scope")
    public List<TodoItem> mine() {
        AccessScope me = guard.scope();
        List<TodoItem> items = itemsFor(me);
        if (me.userId() != null) {
            counts.put(me.userId(), items.size());
        }
        return items;
    }

    /** How many items wait for the current user (0 for nobody); computed at most once per user and cache period. */
    @Unscoped("the caller's own items: each source answers only what lies in the caller's scope")
    public int myCount() {
        AccessScope me = guard.scope();
        if (me.userId() == null) {
            return 0;
        }
        return counts.get(me.userId(), id -> itemsFor(me).size());
    }

    /**
     * The items of a given user, for the mails (outside any request). A source that fails is left
     * out and logged: one broken module must not empty everyone's inbox.
     */
    @Unscoped("the scope is the user's own, given by the caller; each source answers only within it")
    public List<TodoItem> itemsFor(AccessScope user) {
        List<TodoItem> all = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                all.addAll(source.waitingFor(user));
            } catch (RuntimeException e) {
                log.warn("To-do source {} failed for user {}", source.getClass().getSimpleName(), user.username(), e);
            }
        });
        all.sort(TodoOrder.BY_DEADLINE);
        return List.copyOf(all);
    }
}
