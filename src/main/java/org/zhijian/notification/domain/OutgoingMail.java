package org.zhijian.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhijian.system.jpa.BaseEntity;

/**
 * A mail the application wrote, kept whether it went out through SMTP or not: with mail switched
 * off (the demo) this row and the log are all there is, and admins read them on the outbox page.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends BaseEntity {

    /** A mail about one new item, or the daily digest. */
    public enum Kind { ITEM, DIGEST }

    /** Sent through SMTP, refused by the server, or not sent because mail is off. */
    public enum Status { SENT, FAILED, NOT_SENT }

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(name = "recipient_district")
    private Long recipientDistrict;

    @Column(name = "to_address", nullable = false, length = 200)
    private String toAddress;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(length = 500)
    private String error;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutgoingMail() {
    }

    OutgoingMail(Recipient to, String subject, String body, Kind kind, Status status, String error, Instant now) {
        this.recipientId = to.userId();
        this.recipientDistrict = to.districtId();
        this.toAddress = to.email();
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 20000 ? body.substring(0, 20000) : body;
        this.kind = kind;
        this.status = status;
        this.error = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        this.createdAt = now;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
