package org.zhijian.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.StaleEditException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.Unscoped;

/**
 * Accounts. Users change their own password; admins manage the users of their
 * scope (a district admin manages their district, a city admin everyone).
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final String ENTITY = "User";
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Districts districts;
    private final AuditTrail audit;
    private final AccessGuard guard;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, Districts districts, AuditTrail audit,
                   AccessGuard guard) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.districts = districts;
        this.audit = audit;
        this.guard = guard;
    }

    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Long own = guard.userId();
        User u = users.findById(own).orElseThrow(() -> new NotFoundException(ENTITY, own));
        if (!passwordEncoder.matches(currentPassword, u.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "account.password.wrong");
        }
        checkStrength("newPassword", newPassword);
        u.changePassword(passwordEncoder.encode(newPassword));
        audit.record(ENTITY, u.getId(), "PASSWORD", u.getDistrictId(), null, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<User> list(Pageable pageable) {
        return users.findInScope(guard.districtFilter(), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public User get(Long id) {
        User u = users.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        guard.checkDistrict(u.getDistrictId(), ENTITY, id);
        return u;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public User create(UserProfile details, String initialPassword) {
        checkScope(details.districtId());
        checkBureauRole(details.role());
        if (users.existsByUsername(details.username().strip())) {
            throw new BusinessRuleException("username", "account.username.taken");
        }
        checkStrength("password", initialPassword);
        details.checkEmail();
        User fresh = new User(details.username().strip(), passwordEncoder.encode(initialPassword),
                details.displayName().strip(), details.role(), details.districtId());
        fresh.changeEmail(details.email());
        User u = users.save(fresh);
        audit.record(ENTITY, u.getId(), "CREATE", u.getDistrictId(), null, u.snapshot());
        return u;
    }

    /**
     * Sets up a new city's accounts in one batch (the demo city), passwords already hashed: no
     * audit row each. Whoever may set up the city's districts may set up its accounts.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<User> createAll(List<User> accounts) {
        guard.require(Action.EDIT_DISTRICTS);
        return users.saveAll(accounts);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public User update(Long id, long expectedVersion, UserProfile details) {
        User u = get(id);
        StaleEditException.check(ENTITY, id, expectedVersion, u.getVersion(), u.snapshot());
        checkScope(details.districtId());
        checkBureauRole(details.role());
        checkBureauRole(u.getRole());
        checkNotOwnAccess(u, details);
        details.checkEmail();
        Map<String, Object> before = u.snapshot();
        u.update(details.displayName().strip(), details.role(), details.districtId(), details.enabled());
        u.changeEmail(details.email());
        users.flush();
        audit.record(ENTITY, id, "UPDATE", u.getDistrictId(), before, u.snapshot());
        return u;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(Long id) {
        User u = get(id);
        // like the lockout itself, lifting it is no edit of the account: open forms stay current
        users.clearFailedLogins(id);
        audit.record(ENTITY, id, "UNLOCK", u.getDistrictId(), null, null);
    }

    /**
     * Invites an enterprise's quality-safety director/officer (issue 13): the account exists, bound to
     * the enterprise and its district, but stays disabled until they set their password through the
     * invitation. The caller (the portal) chose an enterprise the admin may see.
     */
    @Transactional
    public User inviteEnterpriseUser(String username, String displayName, Long enterpriseId, Long districtId) {
        guard.require(Action.INVITE_ENTERPRISE_USER);
        checkScope(districtId);
        if (username == null || username.isBlank() || username.strip().length() > 50) {
            throw new BusinessRuleException("username", "account.username.required");
        }
        if (users.existsByUsername(username.strip())) {
            throw new BusinessRuleException("username", "account.username.taken");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new BusinessRuleException("displayName", "account.displayName.required");
        }
        User u = users.save(User.invitedEnterpriseUser(username.strip(),
                passwordEncoder.encode(UUID.randomUUID().toString()), displayName.strip(), districtId, enterpriseId));
        audit.record(ENTITY, u.getId(), "INVITE", districtId, null, u.snapshot());
        return u;
    }

    /** The enterprise users of the admin's district (all of them for a city admin). */
    public List<User> enterpriseUsers() {
        guard.require(Action.INVITE_ENTERPRISE_USER);
        return users.findEnterpriseUsers(guard.districtFilter());
    }

    /**
     * The invited user sets their first password and the account opens. Reached without a login: the
     * invitation token the portal checked before calling is the authority, and only an enterprise user
     * still waiting for their first password can be opened this way.
     */
    @Transactional
    @Unscoped("the invitee is not logged in yet: the portal checked their invitation token")
    public User activateInvited(Long userId, String password) {
        User u = users.findById(userId).orElseThrow(() -> new NotFoundException(ENTITY, userId));
        if (u.getRole() != Role.ENTERPRISE) {
            throw new NotFoundException(ENTITY, userId);
        }
        checkStrength("password", password);
        u.activate(passwordEncoder.encode(password));
        audit.recordAs(u.getUsername(), ENTITY, u.getId(), "ACTIVATE", u.getDistrictId(), null, u.snapshot());
        return u;
    }

    /** The daily check (and the portal's own): enterprises that still have an enabled user. */
    public List<Long> enterprisesWithEnabledUsers() {
        guard.require(Action.INVITE_ENTERPRISE_USER);
        return users.findEnterprisesWithEnabledUsers();
    }

    /** The enterprises of the user's district (every district for a city user) with an enabled enterprise user. */
    public List<Long> enterprisesOnThePortal() {
        return users.findEnterprisesOnThePortal(guard.districtFilter());
    }

    /** Disables every user of these enterprises (they were deregistered); returns how many. */
    @Transactional
    public int disableUsersOf(Collection<Long> enterpriseIds) {
        guard.require(Action.INVITE_ENTERPRISE_USER);
        if (enterpriseIds.isEmpty()) {
            return 0;
        }
        List<User> found = users.findEnabledOfEnterprises(enterpriseIds);
        for (User u : found) {
            if (!guard.covers(u.getDistrictId())) {
                continue;
            }
            Map<String, Object> before = u.snapshot();
            u.disable();
            audit.record(ENTITY, u.getId(), "DISABLE", u.getDistrictId(), before, u.snapshot(),
                    "enterprise deregistered");
        }
        users.flush();
        return found.size();
    }

    /** Enterprise users come only through an invitation, bound to their enterprise; bureau forms make none. */
    private static void checkBureauRole(Role role) {
        if (role == Role.ENTERPRISE) {
            throw new BusinessRuleException("role", "account.role.enterpriseByInvitation");
        }
    }

    /**
     * An admin cannot lock themselves out: their own account stays enabled, an
     * admin, and where it is. Another admin has to make such a change.
     */
    private void checkNotOwnAccess(User u, UserProfile details) {
        if (!u.getId().equals(guard.userId())) {
            return;
        }
        if (!details.enabled()) {
            throw new BusinessRuleException("enabled", "account.user.ownAccess");
        }
        if (details.role() != u.getRole()) {
            throw new BusinessRuleException("role", "account.user.ownAccess");
        }
        if (!java.util.Objects.equals(details.districtId(), u.getDistrictId())) {
            throw new BusinessRuleException("districtId", "account.user.ownAccess");
        }
    }

    /**
     * A district admin cannot create city-level users or users of another district,
     * so the highest role they can hand out is admin of their own district, their own level.
     */
    private void checkScope(Long districtId) {
        if (districtId != null && !districts.exists(districtId)) {
            throw new BusinessRuleException("districtId", "district.unknown");
        }
        if (!guard.covers(districtId)) {
            throw new BusinessRuleException("districtId", "district.outOfScope");
        }
    }

    private static void checkStrength(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new BusinessRuleException(field, "account.password.weak", MIN_PASSWORD_LENGTH);
        }
    }
}
