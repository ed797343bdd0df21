package org.zhijian.risk.hazard;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HazardStepRepository extends JpaRepository<HazardStep, Long> {
}
