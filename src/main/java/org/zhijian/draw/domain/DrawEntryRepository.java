package org.zhijian.draw.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrawEntryRepository extends JpaRepository<DrawEntry, Long> {
}
