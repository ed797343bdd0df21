package org.zhijian.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhijian.system.security.Role;

/** Production has no default password: without one, and with no admin yet, the app must not start. */
class AdminBootstrapTests {

    final UserRepository users = mock(UserRepository.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        for (String missing : new String[] {"", "short-pw"}) {
            assertThatThrownBy(() -> new AdminBootstrap(users, encoder, "admin", missing).run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ZHIJIAN_ADMIN_PASSWORD");
        }
        verify(users, never()).save(any());
    }

    @Test
    void createsTheFirstCityAdminWithAnEncodedPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        new AdminBootstrap(users, encoder, "chief", "a-long-secret-123").run(null);
        ArgumentCaptor<User> saved = ArgumentCaptor.forClass(User.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("chief");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().getDistrictId()).isNull();
        assertThat(saved.getValue().getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("a-long-secret-123", saved.getValue().getPasswordHash())).isTrue();
    }

    @Test
    void leavesAnExistingAdminAlone() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(true);
        new AdminBootstrap(users, encoder, "admin", "").run(null);
        verify(users, never()).save(any());
    }
}
