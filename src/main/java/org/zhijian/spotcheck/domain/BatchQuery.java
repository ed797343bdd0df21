package org.zhijian.spotcheck.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.zhijian.catalogue.domain.Judgement;
import org.zhijian.system.jpa.LikePatterns;

/** Filters of the batch list; the service narrows the district to what the user may see. */
public record BatchQuery(String q, Long districtId, Long planId, Long categoryId, Long enterpriseId,
                         BatchStatus status, Judgement verdict, LocalDate from, LocalDate to, boolean overdueOnly,
                         LocalDate today) {

    public static BatchQuery all(LocalDate today) {
        return new BatchQuery(null, null, null, null, null, null, null, null, null, false, today);
    }

    /**
     * Batches whose post-processing step is overdue: still in post-processing with the next step's due
     * date passed. The batch list's "overdue" filter and the dashboard's figure are this one query.
     */
    public static BatchQuery overdue(LocalDate today) {
        return new BatchQuery(null, null, null, null, null, null, null, null, null, true, today);
    }

    /** Overdue batches under a rectification order: the step due is the rectification deadline. */
    public static BatchQuery overdueRectifications(LocalDate today) {
        return new BatchQuery(null, null, null, null, null, BatchStatus.RECTIFICATION_ORDERED, null, null, null,
                true, today);
    }

    public BatchQuery withDistrict(Long district) {
        return new BatchQuery(q, district, planId, categoryId, enterpriseId, status, verdict, from, to, overdueOnly,
                today);
    }

    public Specification<SamplingBatch> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                String like = LikePatterns.contains(q.strip().toLowerCase());
                p.add(cb.or(cb.like(cb.lower(root.get("formNumber")), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("enterprise").get("name")), like, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("sample").get("brand")), like, LikePatterns.ESCAPE)));
            }
            if (districtId != null) {
                p.add(cb.equal(root.get("districtId"), districtId));
            }
            if (planId != null) {
                p.add(cb.equal(root.get("plan").get("id"), planId));
            }
            if (categoryId != null) {
                p.add(cb.equal(root.get("category").get("id"), categoryId));
            }
            if (enterpriseId != null) {
                p.add(cb.equal(root.get("enterprise").get("id"), enterpriseId));
            }
            if (status != null) {
                p.add(cb.equal(root.get("status"), status));
            }
            if (verdict != null) {
                p.add(cb.equal(root.get("verdict"), verdict));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("samplingDate"), from));
            }
            if (to != null) {
                p.add(cb.lessThanOrEqualTo(root.get("samplingDate"), to));
            }
            if (overdueOnly) {
                p.add(root.get("status").in(BatchStatus.inPostProcessing()));
                p.add(cb.lessThan(root.get("stepDueOn"), today));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
