package org.zhijian.enterprise.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One line of an enterprise's archive (一企一档): a licence granted, a batch
 * sampled, a hazard found. The text is a message code with arguments, so the
 * timeline reads in the viewer's language.
 */
@Entity
@Table(name = "archive_entry")
public class ArchiveEntry {

    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 30)
    private String category;

    @Column(name = "message_code", nullable = false, length = 100)
    private String messageCode;

    @Column(name = "message_args", length = 1000)
    private String messageArgs;

    @Column(length = 200)
    private String link;

    @Column(nullable = false, length = 50)
    private String actor;

    protected ArchiveEntry() {
    }

    ArchiveEntry(Long enterpriseId, Instant occurredAt, String category, String messageCode, List<String> args,
                 String link, String actor) {
        this.enterpriseId = enterpriseId;
        this.occurredAt = occurredAt;
        this.category = category;
        this.messageCode = messageCode;
        this.messageArgs = storedArgs(args);
        this.link = link;
        this.actor = actor;
    }

    /** Arguments as the message_args column stores them (also for {@link ArchiveTimeline#recordAll}). */
    static String storedArgs(List<String> args) {
        return args.isEmpty() ? null : String.join(SEPARATOR, args);
    }

    public Object[] args() {
        return messageArgs == null ? new Object[0] : Arrays.stream(messageArgs.split(SEPARATOR, -1)).toArray();
    }

    public Long getId() {
        return id;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getCategory() {
        return category;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public String getLink() {
        return link;
    }

    public String getActor() {
        return actor;
    }
}
