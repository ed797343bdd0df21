package org.zhijian.enterprise.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EnterpriseRepository extends JpaRepository<Enterprise, Long>, JpaSpecificationExecutor<Enterprise> {

    Optional<Enterprise> findByCreditCode(SocialCreditCode creditCode);

    boolean existsByCreditCode(SocialCreditCode creditCode);

    List<Enterprise> findByIdIn(Collection<Long> ids);

    @Query("select e.districtId from Enterprise e where e.id = :id")
    Optional<Long> findDistrictIdById(Long id);

    /** Rows recorded before the initials existed (or loaded in bulk without them). */
    @Query("select e.id as id, e.name as name from Enterprise e where e.nameInitials is null order by e.id")
    List<NameWithoutInitials> findWithoutInitials(Pageable page);

    @Modifying
    @Query("update Enterprise e set e.nameInitials = :initials where e.id = :id")
    void setInitials(Long id, String initials);

    interface NameWithoutInitials {
        Long getId();

        String getName();
    }
}
