package org.zhijian.classification.domain;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhijian.licence.domain.ProductionLicence;

/**
 * Licence status is an input of the class, but the licence feature publishes no event. This
 * watches licence rows being written and recomputes the enterprise's class just before the same
 * transaction commits (after the licence change is flushed), so a suspension or an expiry moves
 * the class at once rather than at the next daily run.
 */
@Component
class LicenceChangeWatcher implements PostInsertEventListener, PostUpdateEventListener {

    private static final String PENDING = LicenceChangeWatcher.class.getName() + ".pending";

    private final EntityManagerFactory entityManagerFactory;
    private final ObjectProvider<ClassificationService> classification;

    LicenceChangeWatcher(EntityManagerFactory entityManagerFactory,
                         ObjectProvider<ClassificationService> classification) {
        this.entityManagerFactory = entityManagerFactory;
        this.classification = classification;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @SuppressWarnings("unchecked")
    private void changed(Object entity) {
        if (!(entity instanceof ProductionLicence licence) || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    ids.forEach(id -> classification.getObject().recompute(id));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = ids;
        }
        pending.add(licence.getEnterprise().getId());
    }
}
