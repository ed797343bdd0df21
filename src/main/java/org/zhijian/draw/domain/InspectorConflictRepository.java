package org.zhijian.draw.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectorConflictRepository extends JpaRepository<InspectorConflict, Long> {

    List<InspectorConflict> findByEnterpriseIdIn(Collection<Long> enterpriseIds);

    boolean existsByUserIdAndEnterpriseId(Long userId, Long enterpriseId);

    @Query("select c from InspectorConflict c, Enterprise e where e.id = c.enterpriseId "
            + "and (:districtId is null or e.districtId = :districtId) order by c.recordedAt desc")
    List<InspectorConflict> findVisible(Long districtId);
}
