package org.zhijian.incident.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** An incident list: by district, status, level; drills shown or not. */
public record IncidentQuery(Long districtId, IncidentStatus status, IncidentLevel level, Boolean drill) {

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null);
    }

    public IncidentQuery withDistrict(Long district) {
        return new IncidentQuery(district, status, level, drill);
    }

    Specification<QualityIncident> toSpecification() {
        return (root, query, cb) -> {
            if (query.getResultType() == QualityIncident.class) {
                root.fetch("enterprise", JoinType.LEFT); // the list shows each one's enterprise
            }
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(root.get("districtId"), districtId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (level != null) {
                where.add(cb.equal(root.get("level"), level));
            }
            if (drill != null) {
                where.add(cb.equal(root.get("drill"), drill));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
