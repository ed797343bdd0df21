package org.zhijian.classification.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Enterprises whose next inspection falls due on or before a day (already late ones included):
 * the "due for inspection" list (应检企业). The dashboard counts its figure with this same
 * specification, due by today, and links to the list with a window of 0 days.
 */
public record DueForInspection(Long districtId, LocalDate until) {

    public static DueForInspection by(LocalDate until) {
        return new DueForInspection(null, until);
    }

    public DueForInspection withDistrict(Long district) {
        return new DueForInspection(district, until);
    }

    @SuppressWarnings("unchecked")
    public Specification<EnterpriseClass> toSpecification() {
        return (root, query, cb) -> {
            // a page of classes shows each enterprise's name: fetch it then, only join it for counts
            Join<EnterpriseClass, ?> e = query.getResultType() == EnterpriseClass.class
                    ? (Join<EnterpriseClass, ?>) (Object) root.fetch("enterprise", JoinType.INNER)
                    : root.join("enterprise", JoinType.INNER);
            List<Predicate> where = new ArrayList<>();
            if (districtId != null) {
                where.add(cb.equal(e.get("districtId"), districtId));
            }
            where.add(cb.lessThanOrEqualTo(root.get("nextDueOn"), until));
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
