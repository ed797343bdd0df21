package org.zhijian.account.domain;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.EnterpriseStanding;
import org.zhijian.system.security.ZhijianUserDetails;

/**
 * Loads the account behind a login for Spring Security, with its lock as of the application clock. An
 * enterprise user of a deregistered enterprise is disabled here already, before the daily job disables
 * the account itself.
 */
@Service
class ZhijianUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;
    private final ObjectProvider<EnterpriseStanding> standing;

    ZhijianUserDetailsService(UserRepository users, Clock clock, ObjectProvider<EnterpriseStanding> standing) {
        this.users = users;
        this.clock = clock;
        this.standing = standing;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User u = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean enabled = u.isEnabled() && (u.getEnterpriseId() == null
                || standing.stream().allMatch(s -> s.mayLogIn(u.getEnterpriseId())));
        return new ZhijianUserDetails(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(),
                u.getRole(), u.getDistrictId(), u.getEnterpriseId(), enabled, u.isLockedAt(clock.instant()));
    }
}
