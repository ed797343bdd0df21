package org.zhijian.system.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;

/**
 * Counts the rows a list's {@link Specification} selects, but only up to a cap: the query stops after
 * {@code cap + 1} matches, so its cost does not grow with the table (a plain count over a province's
 * batches reads every one of them on each view of the list).
 */
@Component
public class CappedCounts {

    private final EntityManager em;

    CappedCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * One page of a list: its rows read as a slice, its matches counted only when the slice cannot tell the
     * total, and then only up to {@code cap} (see {@link CappedPage}).
     */
    public <T> CappedPage<T> page(JpaSpecificationExecutor<T> repository, Class<T> type, Specification<T> spec,
                                  Pageable pageable, int cap) {
        Slice<T> slice = repository.findBy(spec, q -> q.slice(pageable));
        return CappedPage.of(slice.getContent(), pageable, slice.hasNext(), () -> countUpTo(type, spec, cap), cap);
    }

    /** The number of matching rows when it is at most {@code cap}, else {@code cap + 1}. */
    public <T> long countUpTo(Class<T> type, Specification<T> spec, int cap) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object> q = cb.createQuery(Object.class);
        Root<T> root = q.from(type);
        Predicate where = spec.toPredicate(root, q, cb);
        q.select(root.get("id"));
        if (where != null) {
            q.where(where);
        }
        return em.createQuery(q).setMaxResults(cap + 1).getResultList().size();
    }
}
