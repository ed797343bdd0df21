package org.zhijian.inspection.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistRepository extends JpaRepository<Checklist, Long> {

    @Query("select c from Checklist c where c.currentRevision = true order by c.code")
    List<Checklist> findCurrent();

    @Query("select c from Checklist c where c.code = :code order by c.revision desc")
    List<Checklist> findRevisions(String code);

    boolean existsByCode(String code);
}
