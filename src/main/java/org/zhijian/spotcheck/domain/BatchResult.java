package org.zhijian.spotcheck.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.catalogue.domain.Limit;
import org.zhijian.catalogue.domain.LimitKind;
import org.zhijian.catalogue.domain.TestItem;

/**
 * One test item's result (round 1: the agency's test, round 2: the re-test). The
 * limit is copied from the catalogue when judged, so a later catalogue change
 * never rewrites an old verdict.
 */
@Entity
@Table(name = "batch_result")
public class BatchResult {

    public static final short FIRST_TEST = 1;
    public static final short RETEST = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false)
    private SamplingBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "test_item_id", nullable = false)
    private TestItem testItem;

    @Column(nullable = false)
    private short round;

    @Column(name = "measured_value", precision = 19, scale = 6)
    private BigDecimal measuredValue;

    @Column(name = "passed_check")
    private Boolean passedCheck;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_kind", nullable = false, length = 12)
    private LimitKind limitKind;

    @Column(name = "lower_limit", precision = 19, scale = 6)
    private BigDecimal lowerLimit;

    @Column(name = "upper_limit", precision = 19, scale = 6)
    private BigDecimal upperLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Judgement judgement;

    protected BatchResult() {
    }

    BatchResult(SamplingBatch batch, TestItem item, short round, ItemMeasurement m) {
        this.batch = batch;
        this.testItem = item;
        this.round = round;
        Limit limit = item.limit();
        this.limitKind = limit.kind();
        this.lowerLimit = limit.lower();
        this.upperLimit = limit.upper();
        if (limit.kind().isNumeric()) {
            this.measuredValue = m.value();
            this.judgement = limit.judge(m.value());
        } else {
            if (m.conforming() == null) {
                throw new org.zhijian.system.BusinessRuleException("results", "spotcheck.result.passFailRequired",
                        item.getName());
            }
            this.passedCheck = m.conforming();
            this.judgement = limit.judge(m.conforming().booleanValue());
        }
    }

    public Limit limit() {
        return new Limit(limitKind, lowerLimit, upperLimit);
    }

    /** The value as shown: the number without trailing zeros, or empty for a qualitative check. */
    public String displayValue() {
        return measuredValue == null ? "" : measuredValue.stripTrailingZeros().toPlainString();
    }

    public Long getId() {
        return id;
    }

    public SamplingBatch getBatch() {
        return batch;
    }

    public TestItem getTestItem() {
        return testItem;
    }

    public short getRound() {
        return round;
    }

    public BigDecimal getMeasuredValue() {
        return measuredValue;
    }

    public Boolean getPassedCheck() {
        return passedCheck;
    }

    public Judgement getJudgement() {
        return judgement;
    }
}
