package org.zhijian.riskpoint.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A risk list: by district, enterprise, grade or campaign; empty parts do not filter. */
public record RiskPointQuery(Long districtId, Long enterpriseId, RiskGrade grade, Long campaignId) {

    public RiskPointQuery withDistrict(Long district) {
        return new RiskPointQuery(district, enterpriseId, grade, campaignId);
    }

    @SuppressWarnings("unchecked")
    Specification<RiskPoint> toSpecification() {
        return (root, query, cb) -> {
            boolean count = query.getResultType() == Long.class || query.getResultType() == long.class;
            Join<RiskPoint, ?> e = count ? root.join("enterprise", JoinType.INNER)
                    : (Join<RiskPoint, ?>) (Object) root.fetch("enterprise", JoinType.INNER);
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(e.get("districtId"), districtId));
            }
            if (enterpriseId != null) {
                where.add(cb.equal(e.get("id"), enterpriseId));
            }
            if (grade != null) {
                where.add(cb.equal(root.get("grade"), grade));
            }
            if (campaignId != null) {
                where.add(cb.equal(root.get("campaignId"), campaignId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
