package org.zhijian.inspection.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InspectionRecordRepository extends JpaRepository<InspectionRecord, Long>,
        JpaSpecificationExecutor<InspectionRecord> {

    /** A record leaves its transaction for the page: with its task, enterprise, checklist and answers. */
    @Override
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = {"task", "task.enterprise", "enterprise",
            "checklist", "answers"}, type = org.springframework.data.jpa.repository.EntityGraph.EntityGraphType.LOAD)
    java.util.Optional<InspectionRecord> findById(Long id);

    java.util.Optional<InspectionRecord> findBySubmissionToken(String submissionToken);

    @Query("select r from InspectionRecord r join fetch r.enterprise where r.task.id = :taskId order by r.id")
    List<InspectionRecord> findByTaskId(Long taskId);

    @Query("select r from InspectionRecord r join fetch r.enterprise where r.correctsId = :id order by r.id")
    List<InspectionRecord> findCorrectionsOf(Long id);

    /** Published results not superseded by a published correction, newest first. */
    @Query("select r from InspectionRecord r join fetch r.enterprise join fetch r.task where r.publishedOn is not null "
            + "and not exists (select c from InspectionRecord c where c.correctsId = r.id and c.publishedOn is not null) "
            + "order by r.publishedOn desc, r.id desc")
    List<InspectionRecord> findPublished(Pageable pageable);

    @Query("select r from InspectionRecord r join fetch r.enterprise where r.publishBy is not null "
            + "and r.publishedOn is null and (:districtId is null or r.districtId = :districtId) "
            + "order by r.publishBy, r.id")
    List<InspectionRecord> findUnpublished(Long districtId, Pageable pageable);

    /** Records with a non-conforming item per district and result category; for the panel. */
    @Query("select r.districtId, r.resultCategory, count(r) from InspectionRecord r "
            + "where (:districtId is null or r.districtId = :districtId) group by r.districtId, r.resultCategory")
    List<Object[]> countByDistrictAndResult(Long districtId);

    @Query("select r from InspectionRecord r join fetch r.enterprise where exists (select a from InspectionAnswer a "
            + "where a.record = r and a.hazardId = :hazardId)")
    List<InspectionRecord> findByHazardId(Long hazardId);

    @Query("select a from InspectionAnswer a where a.id = :answerId and a.record.id = :recordId")
    java.util.Optional<InspectionAnswer> findAnswer(Long recordId, Long answerId);
}
