package org.zhijian.portal.domain;

import org.zhijian.system.Checksums;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.AccountService;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.EnterpriseService;
import org.zhijian.enterprise.domain.EnterpriseStatus;
import org.zhijian.enterprise.domain.SocialCreditCode;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.NotFoundException;
import org.zhijian.system.audit.AuditTrail;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Action;
import org.zhijian.system.security.CurrentUser;
import org.zhijian.system.security.Unscoped;

/**
 * Enterprise accounts (issue 13): an admin invites an enterprise's quality-safety director/officer by
 * the enterprise's credit code (several per enterprise); the invitee sets a password through the link
 * before it expires; the accounts of a deregistered enterprise are disabled ({@link DeregisteredEnterprises}).
 */
@Service
@Transactional(readOnly = true)
public class EnterpriseAccounts {

    public static final String ENTITY = "Invitation";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationRepository invitations;
    private final AccountService accounts;
    private final EnterpriseService enterprises;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;
    private final Duration validFor;

    EnterpriseAccounts(InvitationRepository invitations, AccountService accounts, EnterpriseService enterprises,
                       AuditTrail audit, AccessGuard guard, Clock clock,
                       @Value("${zhijian.portal.invitation-valid-for:7d}") Duration validFor) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** Invites a user for the enterprise with that credit code, which the admin must be able to see. */
    @Transactional
    public IssuedInvitation invite(String creditCode, String username, String displayName) {
        guard.require(Action.INVITE_ENTERPRISE_USER);
        SocialCreditCode code;
        try {
            code = SocialCreditCode.parse(creditCode);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessRuleException("creditCode", "portal.invite.creditCodeInvalid");
        }
        Enterprise e = enterprises.findByCreditCode(code)
                .orElseThrow(() -> new BusinessRuleException("creditCode", "portal.invite.enterpriseUnknown"));
        if (e.getStatus() == EnterpriseStatus.DEREGISTERED) {
            throw new BusinessRuleException("creditCode", "portal.invite.deregistered");
        }
        User u = accounts.inviteEnterpriseUser(username, displayName, e.getId(), e.getDistrictId());
        String token = newToken();
        Instant now = clock.instant();
        Invitation inv = invitations.save(new Invitation(Checksums.sha256(token), u.getId(), u.getUsername(), e.getId(),
                e.getDistrictId(), now.plus(validFor), CurrentUser.username(), now));
        audit.record(ENTITY, inv.getId(), "CREATE", e.getDistrictId(), null, inv.snapshot());
        return new IssuedInvitation(token, u.getUsername(), e.getName(), inv.getExpiresAt());
    }

    /** The enterprise users of the admin's district, with their enterprise's name. */
    public List<EnterpriseAccount> list() {
        List<User> users = accounts.enterpriseUsers();
        Map<Long, Enterprise> byId = enterprises.allById(users.stream().map(User::getEnterpriseId).distinct().toList())
                .stream().collect(Collectors.toMap(Enterprise::getId, Function.identity()));
        return users.stream().map(u -> new EnterpriseAccount(u.getId(), u.getUsername(), u.getDisplayName(),
                u.getEnterpriseId(), byId.containsKey(u.getEnterpriseId()) ? byId.get(u.getEnterpriseId()).getName()
                        : "", u.isEnabled())).toList();
    }

    /** The invitation behind a link, if it still works (not used, not expired); otherwise not found. */
    @Unscoped("the invitee is not logged in: the secret token in the link is what lets them see it")
    public InvitationView invitation(String token) {
        Invitation inv = usable(token);
        return new InvitationView(inv.getUsername(), enterprises.getUnscoped(inv.getEnterpriseId()).getName());
    }

    /** The invitee sets their password: the account opens and the link stops working. */
    @Transactional
    @Unscoped("the invitee is not logged in: the secret token in the link is the authority")
    public void accept(String token, String password) {
        Invitation inv = usable(token);
        if (enterprises.getUnscoped(inv.getEnterpriseId()).getStatus() == EnterpriseStatus.DEREGISTERED) {
            throw new BusinessRuleException("password", "portal.invite.deregistered");
        }
        accounts.activateInvited(inv.getUserId(), password);
        var before = inv.snapshot();
        inv.use(clock.instant());
        invitations.flush();
        audit.recordAs(inv.getUsername(), ENTITY, inv.getId(), "USE", inv.getDistrictId(), before, inv.snapshot());
    }

    private Invitation usable(String token) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException(ENTITY, 0L);
        }
        return invitations.findByTokenHash(Checksums.sha256(token.strip())).filter(i -> i.isUsableAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException(ENTITY, 0L));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
