package org.zhijian.risk.hazard;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A hazard list: by district, enterprise, status, level, campaign, or only the overdue ones. */
public record HazardQuery(Long districtId, Long enterpriseId, HazardStatus status, HazardLevel level,
                          Long campaignId, boolean overdueOnly) {

    public HazardQuery withDistrict(Long district) {
        return new HazardQuery(district, enterpriseId, status, level, campaignId, overdueOnly);
    }

    @SuppressWarnings("unchecked")
    Specification<Hazard> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            boolean count = query.getResultType() == Long.class || query.getResultType() == long.class;
            Join<Hazard, ?> e = count ? root.join("enterprise", JoinType.INNER)
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
            if (overdueOnly) {
                where.add(cb.equal(root.get("status"), HazardStatus.NOTIFIED));
                where.add(cb.lessThan(root.get("deadline"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
