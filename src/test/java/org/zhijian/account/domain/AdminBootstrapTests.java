package org.zhijian.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionOperations;
import org.zhijian.system.StartupLock;
import org.zhijian.system.security.Role;

/** Production has no default password: without one, and with no admin yet, the app must not start. */
class AdminBootstrapTests {

    final UserRepository users = mock(UserRepository.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final StartupLock lock = mock(StartupLock.class);

    {
        doAnswer(call -> {
            call.<Runnable>getArgument(1).run();
            return null;
        }).when(lock).runAlone(anyString(), any());
    }

    AdminBootstrap bootstrap(String username, String password) {
        return new AdminBootstrap(users, encoder, lock, TransactionOperations.withoutTransaction(), username, password);
    }

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        for (String missing : new String[] {"", "short-pw"}) {
            assertThatThrownBy(() -> bootstrap("admin", missing).run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ZHIJIAN_ADMIN_PASSWORD");
        }
        verify(users, never()).save(any());
    }

    @Test
    void createsTheFirstCityAdminWithAnEncodedPassword() {
        when(users.existsByRole(Role.ADMIN)).thenReturn(false);
        bootstrap("chief", "a-long-secret-123").run(null);
        ArgumentCaptor<User> saved = ArgumentCaptor.forClass(User.class);
        verify(lock).runAlone(anyString(), any());
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
        bootstrap("admin", "").run(null);
        verify(users, never()).save(any());
    }
}
