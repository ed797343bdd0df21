package org.zhijian.enforcement.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStepRepository extends JpaRepository<CaseStep, Long> {
}
