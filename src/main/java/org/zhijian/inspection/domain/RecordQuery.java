package org.zhijian.inspection.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A record list: by district, enterprise, result category, task. */
public record RecordQuery(Long districtId, Long enterpriseId, ResultCategory result, Long taskId) {

    public RecordQuery withDistrict(Long district) {
        return new RecordQuery(district, enterpriseId, result, taskId);
    }

    public Specification<InspectionRecord> toSpecification() {
        return (root, query, cb) -> {
            if (query.getResultType() == InspectionRecord.class) {
                root.fetch("enterprise", JoinType.INNER);
            }
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(root.get("districtId"), districtId));
            }
            if (enterpriseId != null) {
                where.add(cb.equal(root.get("enterprise").get("id"), enterpriseId));
            }
            if (result != null) {
                where.add(cb.equal(root.get("resultCategory"), result));
            }
            if (taskId != null) {
                where.add(cb.equal(root.get("task").get("id"), taskId));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
