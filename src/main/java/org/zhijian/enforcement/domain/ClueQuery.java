package org.zhijian.enforcement.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A clue list: by district, enterprise, state, source, or only those past their verification deadline. */
public record ClueQuery(Long districtId, Long enterpriseId, ClueStatus status, ClueSource source,
                        boolean overdueOnly) {

    public ClueQuery withDistrict(Long district) {
        return new ClueQuery(district, enterpriseId, status, source, overdueOnly);
    }

    public Specification<Clue> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            if (query.getResultType() == Clue.class) {
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
            if (source != null) {
                where.add(cb.equal(root.get("source"), source));
            }
            if (overdueOnly) {
                where.add(cb.equal(root.get("status"), ClueStatus.RECEIVED));
                where.add(cb.lessThan(root.get("verifyBy"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
