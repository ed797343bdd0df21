package org.zhijian.enterprise.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArchiveEntryRepository extends JpaRepository<ArchiveEntry, Long> {

    Page<ArchiveEntry> findByEnterpriseIdOrderByOccurredAtDescIdDesc(Long enterpriseId, Pageable pageable);

    Page<ArchiveEntry> findByEnterpriseIdAndCategoryOrderByOccurredAtDescIdDesc(Long enterpriseId, String category,
                                                                               Pageable pageable);
}
