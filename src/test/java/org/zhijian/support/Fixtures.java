package org.zhijian.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserRepository;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseDetails;
import org.zhijian.enterprise.domain.EnterpriseRepository;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.licence.domain.LicenceDetails;
import org.zhijian.licence.domain.LicenceNumber;
import org.zhijian.licence.domain.LicenceService;
import org.zhijian.licence.domain.ProductionLicence;
import org.zhijian.region.domain.District;
import org.zhijian.region.domain.DistrictRepository;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Test data on the shared test database: every district, user, enterprise and
 * licence made here has unique codes and names, so tests never collide.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "secret123";
    private static final AtomicInteger SEQ = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 9000));

    private final DistrictRepository districts;
    private final UserRepository users;
    private final EnterpriseRepository enterprises;
    private final LicenceService licences;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private String passwordHash;

    Fixtures(DistrictRepository districts, UserRepository users, EnterpriseRepository enterprises,
             LicenceService licences, PasswordEncoder passwordEncoder, TransactionTemplate tx) {
        this.districts = districts;
        this.users = users;
        this.enterprises = enterprises;
        this.licences = licences;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }

    public District district() {
        int n = next();
        return districts.save(new District("T" + n, "测试区" + n, "Test district " + n, 100 + n % 100));
    }

    /** A saved user; log in with {@link #PASSWORD} or pass {@link #details(User)} to MockMvc's user(). */
    public User user(Role role, Long districtId) {
        if (role == Role.ENTERPRISE) {
            // an enterprise user is bound to an enterprise: one of its own, in that district
            return enterpriseUser(enterprise(districtId != null ? districtId : district().getId()));
        }
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        int n = next();
        return users.save(new User(role.name().toLowerCase() + n, passwordHash, "用户" + n, role, districtId));
    }

    public static ZhijianUserDetails details(User u) {
        return new ZhijianUserDetails(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(),
                u.getRole(), u.getDistrictId(), u.getEnterpriseId(), true, false);
    }

    /** A saved, enabled enterprise user of that enterprise (issue 13); log in with {@link #PASSWORD}. */
    public User enterpriseUser(Enterprise e) {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        User u = User.invitedEnterpriseUser("ent" + next(), passwordHash, "质量安全员" + next(), e.getDistrictId(),
                e.getId());
        u.activate(passwordHash);
        return users.save(u);
    }

    public static SocialCreditCode uniqueCreditCode() {
        StringBuilder sb = new StringBuilder("913310");
        String digits = String.format("%011d", Math.abs(ThreadLocalRandom.current().nextLong()) % 100_000_000_000L);
        sb.append(digits);
        return SocialCreditCode.parse(sb + String.valueOf(SocialCreditCode.checkCharacter(sb.toString())));
    }

    public Enterprise enterprise(Long districtId) {
        return enterprise(districtId, Industry.WIRE_CABLE);
    }

    public Enterprise enterprise(Long districtId, Industry industry) {
        int n = next();
        EnterpriseDetails d = new EnterpriseDetails("测试企业" + n + "有限公司", uniqueCreditCode(), districtId, industry,
                EnterpriseStatus.ACTIVE, "测试路" + n + "号", "法人" + n, "0576-" + n, LocalDate.of(2010, 1, 1));
        return enterprises.save(new Enterprise(d, "fixture", Instant.now()));
    }

    public static LicenceNumber uniqueLicenceNumber() {
        return LicenceNumber.of("浙", "06", "001", next() * 7 % 100000);
    }

    /** A licence recorded through the service (as a city admin), so it has its audit row and timeline entry. */
    public ProductionLicence licence(Enterprise e, LocalDate issuedOn) {
        return asSystemAdmin(() -> licences.record(new LicenceDetails(uniqueLicenceNumber(), e.getId(), "电线电缆",
                "低压电力电缆", issuedOn, null, "浙江省市场监督管理局")));
    }

    /** Runs work as a city-level admin, as services expect a logged-in user. */
    public <T> T asSystemAdmin(Supplier<T> work) {
        return as(new ZhijianUserDetails(null, "fixture-admin", "", "fixture-admin", Role.ADMIN, null, true, false),
                work);
    }

    public <T> T as(ZhijianUserDetails user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public <T> T inTransaction(Supplier<T> work) {
        return tx.execute(status -> work.get());
    }
}
