package org.zhijian.licence.domain;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import org.zhijian.system.jpa.LikePatterns;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.SocialCreditCode;

/**
 * A licence search: text (number or enterprise name), district, states, expiry
 * window. Empty parts do not filter.
 */
public record LicenceQuery(String text, Long districtId, Collection<LicenceStatus> statuses,
                           LocalDate expiresFrom, LocalDate expiresTo, Long enterpriseId) {

    public static LicenceQuery all() {
        return new LicenceQuery(null, null, null, null, null, null);
    }

    /**
     * The licences "expiring within days": live ones (valid or suspended) whose expiry falls between today
     * and today + days. A suspended licence counts: it still expires on its date and, unless renewed in
     * time, is gone even if the suspension is later lifted, so the bureau follows it up like a valid one.
     * The expiring list and the dashboard's figure both use this one query.
     */
    public static LicenceQuery expiring(LocalDate today, int days) {
        return new LicenceQuery(null, null, LicenceService.LIVE, today, today.plusDays(days), null);
    }

    public LicenceQuery withDistrict(Long district) {
        return new LicenceQuery(text, district, statuses, expiresFrom, expiresTo, enterpriseId);
    }

    public Specification<ProductionLicence> toSpecification() {
        return (root, query, cb) -> {
            Join<ProductionLicence, Enterprise> e = !isRows(query.getResultType())
                    ? root.join("enterprise", JoinType.INNER)
                    : fetchEnterprise(root);
            List<Predicate> where = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String t = text.strip();
                where.add(cb.or(
                        cb.like(cb.lower(e.get("name")), LikePatterns.contains(t.toLowerCase(Locale.ROOT)),
                                LikePatterns.ESCAPE),
                        cb.like(root.get("number").as(String.class),
                                LikePatterns.contains(SocialCreditCode.normalise(t)), LikePatterns.ESCAPE)));
            }
            if (districtId != null) {
                where.add(cb.equal(e.get("districtId"), districtId));
            }
            if (enterpriseId != null) {
                where.add(cb.equal(e.get("id"), enterpriseId));
            }
            if (statuses != null && !statuses.isEmpty()) {
                where.add(root.get("status").in(statuses));
            }
            if (expiresFrom != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("expiresOn"), expiresFrom));
            }
            if (expiresTo != null) {
                where.add(cb.lessThanOrEqualTo(root.get("expiresOn"), expiresTo));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    @SuppressWarnings("unchecked")
    private static Join<ProductionLicence, Enterprise> fetchEnterprise(
            jakarta.persistence.criteria.Root<ProductionLicence> root) {
        // Hibernate's fetch is also a join, so list pages get the enterprise in the same query
        return (Join<ProductionLicence, Enterprise>) root.<ProductionLicence, Enterprise>fetch("enterprise",
                JoinType.INNER);
    }

    /** A page of licences fetches their enterprise; a count or a grouped count only joins it. */
    private static boolean isRows(Class<?> resultType) {
        return resultType == ProductionLicence.class;
    }

}
