package org.zhijian.inbox.domain;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.security.AccessGuard;

/**
 * Each user's inbox of notices. Templates read the unread count as ${@inbox.unreadCount()} for the
 * navigation badge; a user only ever sees their own messages.
 */
@Service("inbox")
@Transactional(readOnly = true)
public class Inbox {

    public static final String ENTITY = "InboxMessage";

    private final InboxRepository messages;
    private final Clock clock;
    private final AccessGuard guard;

    Inbox(InboxRepository messages, Clock clock, AccessGuard guard) {
        this.messages = messages;
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Long recipientId, String messageCode, String link, Object... args) {
        messages.save(new InboxMessage(recipientId, messageCode,
                Arrays.stream(args).map(a -> Objects.toString(a, "")).toList(), link, clock.instant()));
    }

    public Page<InboxMessage> mine(Pageable pageable) {
        return messages.findByRecipientIdOrderByCreatedAtDescIdDesc(me(), pageable);
    }

    public long unreadCount() {
        Long id = guard.userId();
        return id == null ? 0 : messages.countByRecipientIdAndReadAtIsNull(id);
    }

    @Transactional
    public InboxMessage read(Long id) {
        InboxMessage m = messages.findById(id).filter(x -> x.getRecipientId().equals(me()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        m.markRead(clock.instant());
        return m;
    }

    private Long me() {
        Long id = guard.userId();
        if (id == null) {
            throw new NotFoundException(ENTITY, null);
        }
        return id;
    }
}
