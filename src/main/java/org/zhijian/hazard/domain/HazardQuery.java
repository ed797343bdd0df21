package org.zhijian.hazard.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * A hazard list: by district, enterprise, status, level, campaign, only the open ones (not yet
 * closed, 未销号) or only the overdue ones. The dashboard counts its hazard figures with the same
 * specification ({@link #open()}, {@link #overdue()}), so a figure and the list it opens agree.
 */
public record HazardQuery(Long districtId, Long enterpriseId, HazardStatus status, HazardLevel level,
                          Long campaignId, boolean overdueOnly, boolean openOnly) {

    public HazardQuery(Long districtId, Long enterpriseId, HazardStatus status, HazardLevel level, Long campaignId,
                       boolean overdueOnly) {
        this(districtId, enterpriseId, status, level, campaignId, overdueOnly, false);
    }

    /** Every hazard not yet closed: the dashboard's "未销号隐患". */
    public static HazardQuery open() {
        return new HazardQuery(null, null, null, null, null, false, true);
    }

    /** Notified hazards past their deadline: the dashboard's overdue hazards. */
    public static HazardQuery overdue() {
        return new HazardQuery(null, null, null, null, null, true, false);
    }

    public HazardQuery withDistrict(Long district) {
        return new HazardQuery(district, enterpriseId, status, level, campaignId, overdueOnly, openOnly);
    }

    @SuppressWarnings("unchecked")
    public Specification<Hazard> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            // the enterprise is fetched only for a page of hazards, not for counts or grouped counts
            boolean rows = query.getResultType() == Hazard.class;
            Join<Hazard, ?> e = !rows ? root.join("enterprise", JoinType.INNER)
                    : (Join<Hazard, ?>) (Object) root.fetch("enterprise", JoinType.INNER);
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(e.get("districtId"), districtId));
            }
            if (enterpriseId != null) {
                where.add(cb.equal(e.get("id"), enterpriseId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (level != null) {
                where.add(cb.equal(root.get("level"), level));
            }
            if (campaignId != null) {
                where.add(cb.equal(root.get("campaignId"), campaignId));
            }
            if (openOnly) {
                where.add(root.get("status").in(HazardStatus.open()));
            }
            if (overdueOnly) {
                where.add(cb.equal(root.get("status"), HazardStatus.NOTIFIED));
                where.add(cb.lessThan(root.get("deadline"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
