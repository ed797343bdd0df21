package org.zhijian.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    @Query("select u from User u where (:districtId is null or u.districtId = :districtId) order by u.username")
    Page<User> findInScope(Long districtId, Pageable pageable);

    /** The roster: active users of a role in a district (or city-level ones when districtId is null). */
    @Query("select u from User u where u.enabled = true and u.role = :role and u.districtId = :districtId order by u.displayName")
    List<User> findRoster(Role role, Long districtId);
}
