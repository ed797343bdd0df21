package org.zhijian.portal.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfCheckRepository extends JpaRepository<SelfCheck, Long> {

    List<SelfCheck> findTop50ByEnterpriseIdOrderByCheckedOnDescIdDesc(Long enterpriseId);
}
