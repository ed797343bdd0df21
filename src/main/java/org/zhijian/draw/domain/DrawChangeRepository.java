package org.zhijian.draw.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrawChangeRepository extends JpaRepository<DrawChange, Long> {
}
