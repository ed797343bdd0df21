package org.zhijian.risk.draw;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrawChangeRepository extends JpaRepository<DrawChange, Long> {
}
