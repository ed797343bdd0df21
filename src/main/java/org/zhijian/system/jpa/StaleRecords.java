package org.zhijian.system.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StaleObjectStateException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.StaleEditException;

/**
 * Turns an optimistic-lock failure raised at flush or commit (two saves that
 * both passed the version check) into the same answer as a version check that
 * failed up front: the record's current version and values, read afresh.
 */
@Component
public class StaleRecords {

    @PersistenceContext
    private EntityManager entityManager;

    private final TransactionTemplate freshRead;

    StaleRecords(PlatformTransactionManager transactions) {
        this.freshRead = new TransactionTemplate(transactions);
        // the failed transaction may still be bound (and is doomed): read in a new one
        freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        freshRead.setReadOnly(true);
    }

    /** The stale edit behind a failure, with current values; empty when the record cannot be named or is gone. */
    public Optional<StaleEditException> describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ObjectOptimisticLockingFailureException o && o.getIdentifier() != null) {
                return current(o.getPersistentClassName(), o.getIdentifier());
            }
            if (t instanceof StaleObjectStateException s && s.getIdentifier() != null) {
                return current(s.getEntityName(), s.getIdentifier());
            }
        }
        return Optional.empty();
    }

    private Optional<StaleEditException> current(String entityName, Object id) {
        Optional<Class<?>> type = entityManager.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(entityName) || e.getJavaType().getName().equals(entityName))
                .<Class<?>>map(EntityType::getJavaType)
                .findFirst();
        if (type.isEmpty() || !BaseEntity.class.isAssignableFrom(type.get())) {
            return Optional.empty();
        }
        return Optional.ofNullable(freshRead.execute(status -> {
            BaseEntity e = (BaseEntity) entityManager.find(type.get(), id);
            return e == null ? null
                    : new StaleEditException(type.get().getSimpleName(), id, e.getVersion(), e.snapshot());
        }));
    }
}
