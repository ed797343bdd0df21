package org.zhijian.riskpoint.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskBandRepository extends JpaRepository<RiskBand, Long> {

    List<RiskBand> findByMethodOrderByGrade(RiskMethod method);
}
