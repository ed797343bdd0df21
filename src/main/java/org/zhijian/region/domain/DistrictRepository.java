package org.zhijian.region.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictRepository extends JpaRepository<District, Long> {

    List<District> findAllByOrderBySortOrderAscIdAsc();

    Optional<District> findByCode(String code);
}
