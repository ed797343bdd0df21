package org.zhijian.inbox.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboxRepository extends JpaRepository<InboxMessage, Long> {

    Page<InboxMessage> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    List<InboxMessage> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);
}
