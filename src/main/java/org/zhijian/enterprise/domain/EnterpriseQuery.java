package org.zhijian.enterprise.domain;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import org.zhijian.system.jpa.LikePatterns;

/**
 * A registry search: free text (name, credit code or pinyin initials), district, industry, status.
 * Empty parts do not filter.
 */
public record EnterpriseQuery(String text, Long districtId, Industry industry, EnterpriseStatus status) {

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null);
    }

    public EnterpriseQuery withDistrict(Long district) {
        return new EnterpriseQuery(text, district, industry, status);
    }

    Specification<Enterprise> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String t = text.strip();
                String code = SocialCreditCode.normalise(t);
                where.add(cb.or(
                        cb.like(cb.lower(root.get("name")), LikePatterns.contains(t.toLowerCase(Locale.ROOT)),
                                LikePatterns.ESCAPE),
                        cb.like(root.get("creditCode").as(String.class), LikePatterns.startsWith(code),
                                LikePatterns.ESCAPE),
                        cb.like(root.get("nameInitials"), LikePatterns.startsWith(t.toLowerCase(Locale.ROOT)),
                                LikePatterns.ESCAPE)));
            }
            if (districtId != null) {
                where.add(cb.equal(root.get("districtId"), districtId));
            }
            if (industry != null) {
                where.add(cb.equal(root.get("industry"), industry));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

}
