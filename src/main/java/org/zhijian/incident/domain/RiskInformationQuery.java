package org.zhijian.incident.domain;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** A risk-information list: by district, enterprise, status, source, action, or only those overdue for assessment. */
public record RiskInformationQuery(Long districtId, Long enterpriseId, RiskInformationStatus status, RiskSource source,
                                   RiskAction action, boolean overdueOnly) {

    public static RiskInformationQuery all() {
        return new RiskInformationQuery(null, null, null, null, null, false);
    }

    public RiskInformationQuery withDistrict(Long district) {
        return new RiskInformationQuery(district, enterpriseId, status, source, action, overdueOnly);
    }

    Specification<RiskInformation> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            if (query.getResultType() == RiskInformation.class) {
                root.fetch("enterprise", JoinType.LEFT); // the list shows each one's enterprise
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
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (overdueOnly) {
                where.add(cb.notEqual(root.get("status"), RiskInformationStatus.CLOSED));
                where.add(cb.lessThan(root.get("assessBy"), today));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
