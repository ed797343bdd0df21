package org.zhijian.account.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhijian.account.domain.AccountService;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.account.domain.UserProfile;
import org.zhijian.system.web.PageResponse;

/** Accounts over the API, for admins, within their scope; the service enforces role and district. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Accounts (用户), for admins: a district admin sees and manages their district only")
class UserApiController {

    private final AccountService accounts;

    UserApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    /** An account as the API shows it: never the password hash. */
    record UserResponse(Long id, String username, String displayName, Role role, Long districtId, boolean enabled,
                        boolean locked, Instant lockedUntil, long version, Instant createdAt, String email) {

        static UserResponse of(User u) {
            return new UserResponse(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.getDistrictId(),
                    u.isEnabled(), u.isCurrentlyLocked(), u.getLockedUntil(), u.getVersion(), u.getCreatedAt(),
                    u.getEmail());
        }
    }

    /** A new account; districtId null makes a city-level one (city admins only). */
    record CreateUserRequest(@NotBlank @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9_.-]+$") String username,
                             @NotBlank @Size(max = 60) String displayName,
                             @NotNull Role role,
                             Long districtId,
                             Boolean enabled,
                             @NotBlank @Size(max = 100) String password,
                             @Size(max = 200) String email) {
    }

    /** A change; the username stays as it is, the version must match the stored one. */
    record UpdateUserRequest(@NotBlank @Size(max = 60) String displayName,
                             @NotNull Role role,
                             Long districtId,
                             @NotNull Boolean enabled,
                             Long version,
                             @Size(max = 200) String email) {
    }

    @GetMapping
    @Operation(summary = "The accounts of the caller's scope, by username")
    PageResponse<UserResponse> list(@RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(accounts.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200))),
                UserResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account; 404 when it does not exist or lies outside the caller's district")
    UserResponse get(@PathVariable Long id) {
        return UserResponse.of(accounts.get(id));
    }

    @PostMapping
    @Operation(summary = "Create an account with an initial password (letters and digits, at least 8)")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest r) {
        User u = accounts.create(new UserProfile(r.username(), r.displayName(), r.role(), r.districtId(),
                r.enabled() == null || r.enabled(), r.email()), r.password());
        return ResponseEntity.created(URI.create("/api/v1/users/" + u.getId())).body(UserResponse.of(u));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Enable or disable an account, change its role, name or district; 409 when the version"
            + " is stale. Admins cannot disable, demote or move themselves")
    UserResponse update(@PathVariable Long id, @Valid @RequestBody UpdateUserRequest r) {
        User current = accounts.get(id);
        return UserResponse.of(accounts.update(id, PageResponse.requireVersion(r.version()),
                new UserProfile(current.getUsername(), r.displayName(), r.role(), r.districtId(), r.enabled(),
                        r.email())));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift a lockout after too many failed logins")
    UserResponse unlock(@PathVariable Long id) {
        accounts.unlock(id);
        return UserResponse.of(accounts.get(id));
    }
}
