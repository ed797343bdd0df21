package org.zhijian.account.domain;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.ZhijianUserDetails;

/** Loads the account behind a login for Spring Security, with its lock as of the application clock. */
@Service
class ZhijianUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    ZhijianUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User u = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return new ZhijianUserDetails(u.getId(), u.getUsername(), u.getPasswordHash(), u.getDisplayName(),
                u.getRole(), u.getDistrictId(), u.isEnabled(), u.isLockedAt(clock.instant()));
    }
}
