package org.zhijian.account.domain;

import java.util.List;
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
