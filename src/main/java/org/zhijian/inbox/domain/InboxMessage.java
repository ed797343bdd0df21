package org.zhijian.inbox.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.zhijian.system.jpa.BaseEntity;

/** A notice for one user (e.g. an overdue hazard for the district head), translated when shown. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage extends BaseEntity {

    static final String SEPARATOR = "\u001f";

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "message_code", nullable = false, length = 100)
    private String messageCode;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    InboxMessage(Long recipientId, String messageCode, List<String> args, String link, Instant now) {
        this.recipientId = recipientId;
        this.messageCode = messageCode;
        this.messageArgs = String.join(SEPARATOR, args);
        this.link = link;
        this.createdAt = now;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Object[] args() {
        return messageArgs == null || messageArgs.isEmpty() ? new Object[0]
                : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
