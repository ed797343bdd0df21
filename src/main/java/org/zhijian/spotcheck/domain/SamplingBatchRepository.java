package org.zhijian.spotcheck.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SamplingBatchRepository extends JpaRepository<SamplingBatch, Long>,
        JpaSpecificationExecutor<SamplingBatch> {

    Optional<SamplingBatch> findBySubmissionToken(String submissionToken);

    /**
     * The batch with its row locked until the transaction ends, so two recordings
     * of one batch run one after the other and the second sees the first's version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from SamplingBatch b where b.id = :id")
    Optional<SamplingBatch> findForUpdate(Long id);

    boolean existsByFormNumber(String formNumber);

    long countByFormNumberStartingWith(String prefix);

    @Query("select b.formNumber from SamplingBatch b where b.formNumber in :numbers")
    List<String> findExistingFormNumbers(Collection<String> numbers);

    List<SamplingBatch> findByEnterpriseIdOrderBySamplingDateDesc(Long enterpriseId);

    /** Batches recorded per district under a plan: the plan's progress. */
    @Query("select b.districtId, count(b) from SamplingBatch b where b.plan.id = :planId group by b.districtId")
    List<Object[]> countByDistrict(Long planId);

    /** A bounded page of batches in post-processing whose step falls due on or before a day, for the to-do inbox. */
    @Query("select b from SamplingBatch b join fetch b.enterprise where b.status in :statuses "
            + "and b.stepDueOn <= :until and (:districtId is null or b.districtId = :districtId) "
            + "order by b.stepDueOn, b.id")
    List<SamplingBatch> findStepsDue(Collection<BatchStatus> statuses, java.time.LocalDate until, Long districtId,
                                     org.springframework.data.domain.Pageable page);
}
