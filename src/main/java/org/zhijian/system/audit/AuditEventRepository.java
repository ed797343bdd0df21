package org.zhijian.system.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, Long entityId);

    long countByEntityTypeAndEntityIdAndAction(String entityType, Long entityId, String action);

    long countByAction(String action);
}
