package org.zhijian.spotcheck.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BatchPhotoRepository extends JpaRepository<BatchPhoto, Long> {

    /** The photos of a batch without their bytes. */
    @Query("select new org.zhijian.spotcheck.domain.PhotoInfo(p.id, p.fileName, p.contentType, p.sizeBytes, "
            + "p.uploadedAt, p.uploadedBy) from BatchPhoto p where p.batchId = :batchId order by p.id")
    List<PhotoInfo> findInfoByBatchId(Long batchId);

    long countByBatchId(Long batchId);
}
