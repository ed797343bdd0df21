package org.zhijian.licence.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface LicenceTransitionRepository extends JpaRepository<LicenceTransition, Long> {
}
