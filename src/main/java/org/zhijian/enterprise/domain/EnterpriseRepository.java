package org.zhijian.enterprise.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

    Optional<Enterprise> findByCreditCode(SocialCreditCode creditCode);

    boolean existsByCreditCode(SocialCreditCode creditCode);

    List<Enterprise> findByIdIn(Collection<Long> ids);

    @Query("select e.districtId from Enterprise e where e.id = :id")
    Optional<Long> findDistrictIdById(Long id);
}
