package org.zhijian.incident.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentReportRepository extends JpaRepository<IncidentReport, Long> {
}
