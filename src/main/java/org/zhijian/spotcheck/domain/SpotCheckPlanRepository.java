package org.zhijian.spotcheck.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SpotCheckPlanRepository extends JpaRepository<SpotCheckPlan, Long> {

    List<SpotCheckPlan> findAllByOrderByYearDescCodeAsc();

    List<SpotCheckPlan> findByYearOrderByCodeAsc(int year);

    boolean existsByCode(String code);
}
