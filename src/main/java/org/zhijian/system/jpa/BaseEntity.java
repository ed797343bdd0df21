package org.zhijian.system.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Map;

/** Identity and optimistic-lock version shared by every aggregate Zhijian records. */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * The record's values as its audit rows hold them (field name to value), also what a user
     * whose edit was refused as stale is shown; a record without audited fields has none.
     */
    public Map<String, Object> snapshot() {
        return Map.of();
    }
}
