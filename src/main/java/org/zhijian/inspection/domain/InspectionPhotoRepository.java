package org.zhijian.inspection.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InspectionPhotoRepository extends JpaRepository<InspectionPhoto, Long> {

    @Query("select new org.zhijian.inspection.domain.PhotoView(p.id, p.fileName, p.contentType, p.sizeBytes, "
            + "p.sha256, p.uploadedAt, p.uploadedBy) from InspectionPhoto p where p.recordId = :recordId order by p.id")
    List<PhotoView> findViews(Long recordId);
}
