package org.zhijian.enforcement.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A case list: by district, enterprise, state, or only those past a statutory deadline (决定、送达、缴款). */
public record CaseQuery(Long districtId, Long enterpriseId, CaseStatus status, boolean overdueOnly) {

    public CaseQuery withDistrict(Long district) {
        return new CaseQuery(district, enterpriseId, status, overdueOnly);
    }

    public Specification<EnforcementCase> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            if (query.getResultType() == EnforcementCase.class) {
                root.fetch("enterprise", JoinType.INNER);
            }
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(root.get("districtId"), districtId));
            }
            if (enterpriseId != null) {
                where.add(cb.equal(root.get("enterprise").get("id"), enterpriseId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (overdueOnly) {
                where.add(cb.lessThan(root.get("dueOn"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
