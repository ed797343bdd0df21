package org.zhijian.hazard.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HazardStepRepository extends JpaRepository<HazardStep, Long> {
}
