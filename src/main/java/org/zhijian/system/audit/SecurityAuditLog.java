package org.zhijian.system.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins, lockouts and refusals by role, each in its own transaction: the
 * request that caused them fails, and its rollback must not take the record along.
 */
@Component
public class SecurityAuditLog {

    /** entity_type of refusals: they concern a request, not a record. */
    public static final String REQUEST = "Request";
    public static final String USER = "User";
    public static final String ANONYMOUS = "anonymous";

    private static final int ACTOR_LENGTH = 50;
    private static final int DETAIL_LENGTH = 500;

    private final AuditEventRepository events;
    private final Clock clock;
    private final SecretKeySpec fingerprintKey = new SecretKeySpec(randomKey(), "HmacSHA256");

    SecurityAuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** A failed login to an existing account; reason says why (bad password, locked, disabled). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginFailed(Long userId, String username, Long districtId, String reason, String remoteAddress) {
        save(USER, userId, "LOGIN_FAILED", username, districtId, reason + from(remoteAddress));
    }

    /**
     * A failed login for a name that matches no account. The name is kept only as
     * a keyed hash: it is often a password typed into the wrong box, and it must
     * not end up readable (or guessable offline) from the audit trail. The key is
     * drawn at startup and never stored, so the hash still shows repeated guesses
     * at one name while this instance runs, and nothing more.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void unknownUserLoginFailed(String attemptedUsername, String remoteAddress) {
        save(USER, null, "LOGIN_FAILED", ANONYMOUS, null,
                "unknown username hmac:" + fingerprint(attemptedUsername) + from(remoteAddress));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lockedOut(Long userId, String username, Long districtId, int failedAttempts, String remoteAddress) {
        save(USER, userId, "LOCKED", username, districtId, failedAttempts + " failed logins" + from(remoteAddress));
    }

    /** A request refused with 403: the user's role does not allow it (or its CSRF token was missing). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forbidden(String username, Long districtId, String role, String method, String path, String reason) {
        save(REQUEST, null, "FORBIDDEN", username, districtId,
                method + " " + path + " role " + role + (reason == null ? "" : " (" + reason + ")"));
    }

    private void save(String entityType, Long entityId, String action, String actor, Long districtId, String detail) {
        events.save(new AuditEvent(entityType, entityId, action, clip(actor, ACTOR_LENGTH), districtId,
                clock.instant(), null, null, clip(detail, DETAIL_LENGTH)));
    }

    private static String from(String remoteAddress) {
        return remoteAddress == null ? "" : " from " + remoteAddress;
    }

    /** Control characters out (no forged lines in an export or log), then cut to the column. */
    private static String clip(String text, int max) {
        String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    String fingerprint(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(text).getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
