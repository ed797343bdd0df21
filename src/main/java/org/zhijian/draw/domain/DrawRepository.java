package org.zhijian.draw.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;

public interface DrawRepository extends JpaRepository<RandomDraw, Long> {

    @Query("select d from RandomDraw d where (:districtId is null or d.districtId = :districtId) "
            + "order by d.createdAt desc, d.id desc")
    List<RandomDraw> findVisible(Long districtId);

    @Query("select d from RandomDraw d where d.status = org.zhijian.draw.domain.DrawStatus.PUBLISHED "
            + "order by d.publishedAt desc, d.id desc")
    List<RandomDraw> findPublished();

    @Query("select e from DrawEntry e join fetch e.enterprise where e.drawId = :drawId order by e.position")
    List<DrawEntry> findEntries(Long drawId);

    @Query("select c from DrawChange c where c.drawId = :drawId order by c.occurredAt, c.id")
    List<DrawChange> findChanges(Long drawId);

    @Query("select e.id, e.districtId from Enterprise e where e.status = :status "
            + "and (:districtId is null or e.districtId = :districtId) "
            + "and (:industry is null or e.industry = :industry) order by e.id")
    List<Object[]> findCandidates(EnterpriseStatus status, Long districtId, Industry industry);

    @Query("select e.id, e.districtId from Enterprise e where e.status = :status and e.districtId in :districtIds "
            + "and e.industry in :industries order by e.id")
    List<Object[]> findCandidatesIn(EnterpriseStatus status, Collection<Long> districtIds,
                                    Collection<Industry> industries);

    /** A bounded page of drafts not yet published, oldest first, for the to-do inbox. */
    @Query("select d from RandomDraw d where d.status = org.zhijian.draw.domain.DrawStatus.DRAFT "
            + "and (:districtId is null or d.districtId = :districtId) order by d.createdAt, d.id")
    List<RandomDraw> findDrafts(Long districtId, org.springframework.data.domain.Pageable page);
}
