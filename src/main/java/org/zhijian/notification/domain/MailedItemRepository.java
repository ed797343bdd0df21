package org.zhijian.notification.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MailedItemRepository extends JpaRepository<MailedItem, Long> {

    @Query("select m.itemKey from MailedItem m where m.userId = :userId and m.itemKey in :keys")
    List<String> findMailedKeys(Long userId, Collection<String> keys);
}
