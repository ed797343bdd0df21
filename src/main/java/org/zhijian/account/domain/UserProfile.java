package org.zhijian.account.domain;

import java.util.regex.Pattern;
import org.zhijian.system.BusinessRuleException;
import org.zhijian.system.security.Role;

/** What an admin sets on an account; the e-mail address (may be empty) receives the notification mails. */
public record UserProfile(String username, String displayName, Role role, Long districtId, boolean enabled,
                          String email) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** An account without an e-mail address. */
    public UserProfile(String username, String displayName, Role role, Long districtId, boolean enabled) {
        this(username, displayName, role, districtId, enabled, null);
    }

    /** Refuses an address that cannot be one (the field and reason go back to the form or the API). */
    void checkEmail() {
        if (email != null && !email.isBlank() && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            throw new BusinessRuleException("email", "account.email.invalid");
        }
    }
}
