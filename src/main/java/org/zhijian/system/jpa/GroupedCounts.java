package org.zhijian.system.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Counts the rows a list's {@link Specification} selects, grouped (by district and a key), in one
 * query. A figure counted here and the list that shows its rows then share one definition: the
 * specification; they cannot drift apart as two hand-written queries did.
 */
@Component
public class GroupedCounts {

    /** What to group by: an attribute or an expression of the counted root. */
    @FunctionalInterface
    public interface By<T> {
        Expression<?> of(Root<T> root, CriteriaBuilder cb);
    }

    /** One group's count; key is null when the count is not split by a key. */
    public record Group(Object group, Object key, long count) {
    }

    private final EntityManager em;

    GroupedCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * @param group what the rows are grouped by (e.g. the district of the record)
     * @param key   a second grouping (a level, a class), or null for none
     */
    public <T> List<Group> count(Class<T> type, Specification<T> spec, By<T> group, By<T> key) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<T> root = q.from(type);
        Predicate where = spec.toPredicate(root, q, cb);
        Expression<?> g = group.of(root, cb);
        Expression<?> k = key == null ? null : key.of(root, cb);
        if (k == null) {
            q.multiselect(g, cb.count(root)).groupBy(g);
        } else {
            q.multiselect(g, k, cb.count(root)).groupBy(g, k);
        }
        if (where != null) {
            q.where(where);
        }
        List<Group> out = new ArrayList<>();
        for (Object[] row : em.createQuery(q).getResultList()) {
            out.add(k == null ? new Group(row[0], null, ((Number) row[1]).longValue())
                    : new Group(row[0], row[1], ((Number) row[2]).longValue()));
        }
        return out;
    }
}
