package org.zhijian.notification.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {

    @Query("select m from OutgoingMail m where (:districtId is null or m.recipientDistrict = :districtId) "
            + "order by m.createdAt desc, m.id desc")
    Page<OutgoingMail> findVisible(Long districtId, Pageable pageable);
}
