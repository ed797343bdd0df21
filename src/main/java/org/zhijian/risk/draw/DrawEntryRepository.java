package org.zhijian.risk.draw;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrawEntryRepository extends JpaRepository<DrawEntry, Long> {
}
