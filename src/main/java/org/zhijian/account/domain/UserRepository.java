package org.zhijian.account.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.zhijian.system.security.Role;

public interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    @Query("select u from User u where (:districtId is null or u.districtId = :districtId) order by u.username")
    Page<User> findInScope(Long districtId, Pageable pageable);

    /** The roster ({@link Roster}): active users of a role in a district. */
    @Query("select u from User u where u.enabled = true and u.role = :role and u.districtId = :districtId order by u.displayName")
    List<User> findRoster(Role role, Long districtId);

    /** Every district's roster of a role in one query, district by district (their sort order), then by name. */
    @Query("select u from User u, org.zhijian.region.domain.District d where u.districtId = d.id and u.enabled = true"
            + " and u.role = :role order by d.sortOrder, d.id, u.displayName")
    List<User> findEveryDistrictsRoster(Role role);

    List<User> findByRoleAndEnabledTrueOrderById(Role role);

    /** A district's active users of a role, then the city-level ones. */
    @Query("select u from User u where u.enabled = true and u.role = :role"
            + " and (u.districtId = :districtId or u.districtId is null) order by u.districtId nulls last,"
            + " u.displayName")
    List<User> findSamplers(Role role, Long districtId);

    @Query("select u from User u where u.id in :ids order by u.displayName")
    List<User> findByIdInOrderByDisplayName(Collection<Long> ids);

    /** An enterprise's users (issue 13), oldest first. */
    List<User> findByEnterpriseIdOrderById(Long enterpriseId);

    /** Enterprise users of the given enterprises (an admin's list of them). */
    @Query("select u from User u where u.role = org.zhijian.system.security.Role.ENTERPRISE"
            + " and (:districtId is null or u.districtId = :districtId) order by u.districtId, u.enterpriseId, u.id")
    List<User> findEnterpriseUsers(Long districtId);

    /** The enterprises that have an enabled user: the daily check of deregistrations looks only at these. */
    @Query("select distinct u.enterpriseId from User u where u.enterpriseId is not null and u.enabled = true")
    List<Long> findEnterprisesWithEnabledUsers();

    @Query("select distinct u.enterpriseId from User u where u.enterpriseId is not null and u.enabled = true"
            + " and (:districtId is null or u.districtId = :districtId)")
    List<Long> findEnterprisesOnThePortal(Long districtId);

    @Query("select u from User u where u.enterpriseId in :enterpriseIds and u.enabled = true")
    List<User> findEnabledOfEnterprises(Collection<Long> enterpriseIds);

    /*
     * Lockout counters are written by bulk updates that leave version alone: a
     * failed login is not an edit of the account, and must not make an admin's
     * open form of it stale. Each is one atomic statement, so parallel guesses
     * cannot lose a count either.
     */

    /** Counts one failed login; a lock that has run out is lifted and the count starts again. */
    @Modifying
    @Query("update User u set u.failedAttempts = case when u.lockedUntil <= :now then 1 else u.failedAttempts + 1 end,"
            + " u.lockedUntil = case when u.lockedUntil <= :now then null else u.lockedUntil end where u.id = :id")
    int countFailedLogin(Long id, Instant now);

    /** Locks the account until the given time once the count has reached the limit; 1 when it locked now. */
    @Modifying
    @Query("update User u set u.lockedUntil = :until where u.id = :id and u.failedAttempts >= :maxAttempts"
            + " and u.lockedUntil is null")
    int lockIfTooMany(Long id, int maxAttempts, Instant until);

    @Modifying
    @Query("update User u set u.failedAttempts = 0, u.lockedUntil = null where u.id = :id"
            + " and (u.failedAttempts > 0 or u.lockedUntil is not null)")
    int clearFailedLogins(Long id);

    /** Enabled accounts with an e-mail address: who the notification mails may reach. */
    List<User> findByEnabledTrueAndEmailIsNotNullOrderById();
}
