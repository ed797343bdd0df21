package org.zhijian.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhijian.system.jpa.BaseEntity;

/** That a user was mailed about a to-do item ({@code TodoItem.key}): each item is mailed once. */
@Entity
@Table(name = "todo_mail_sent")
class MailedItem extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "item_key", nullable = false, length = 120)
    private String itemKey;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected MailedItem() {
    }

    MailedItem(Long userId, String itemKey, Instant sentAt) {
        this.userId = userId;
        this.itemKey = itemKey;
        this.sentAt = sentAt;
    }

    String getItemKey() {
        return itemKey;
    }
}
