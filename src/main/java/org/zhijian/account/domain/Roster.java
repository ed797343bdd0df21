package org.zhijian.account.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Role;
import org.zhijian.system.security.Unscoped;
import org.zhijian.system.text.PinyinOrder;

/**
 * The rosters: who the inspectors and the heads of a district are, and whether a user is one of
 * them. Only enabled accounts are on a roster. Draws, sampling forms and hazard escalation ask
 * here; none of them reads the accounts itself. Unscoped: callers have already decided which
 * district they may act in.
 */
@Service
@Transactional(readOnly = true)
public class Roster {

    private final UserRepository users;
    private final AccessGuard guard;

    Roster(UserRepository users, AccessGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    /** The enabled inspectors of a district, by name (pinyin). */
    @Unscoped("a staff list, not a district's record: the caller picked the district from a draw or campaign it was allowed to load")
    public List<User> inspectorsOf(Long districtId) {
        return PinyinOrder.sorted(users.findRoster(Role.INSPECTOR, districtId), User::getDisplayName);
    }

    /** Every district's enabled inspectors, district by district in their order, then by name (pinyin). */
    @Unscoped("a staff list, not a district's record: offered to city-level users, who see every district")
    public List<User> inspectorsOfEveryDistrict() {
        return PinyinOrder.sortedWithinGroups(users.findEveryDistrictsRoster(Role.INSPECTOR), User::getDistrictId,
                User::getDisplayName);
    }

    /** Every enabled account with an e-mail address: the notification mails go to them. */
    @Unscoped("a staff list for the mail jobs, which run outside any request as the system")
    public List<User> withEmail() {
        return users.findByEnabledTrueAndEmailIsNotNullOrderById();
    }

    /** A user's e-mail address, if they have one (their notification settings show where mails go). */
    @Unscoped("the address of the caller's own account, or of a recipient the mail job already holds")
    public Optional<String> emailOf(Long userId) {
        return users.findById(userId).map(User::getEmail);
    }

    /** The enabled heads of a district, by name (pinyin). */
    public List<User> headsOf(Long districtId) {
        return PinyinOrder.sorted(users.findRoster(Role.HEAD, districtId), User::getDisplayName);
    }

    /** Every district's and the city's enabled inspectors: the agency import matches sampler names against them. */
    public List<User> allInspectors() {
        return users.findByRoleAndEnabledTrueOrderById(Role.INSPECTOR);
    }

    /** The user, when they are on the district's inspector roster. */
    public Optional<User> inspectorOf(Long userId, Long districtId) {
        return users.findById(userId).filter(u -> u.getRole() == Role.INSPECTOR && u.isEnabled()
                && u.getDistrictId() != null && u.getDistrictId().equals(districtId));
    }

    /** Whether the user is an inspector at all, enabled or not, of any district or the city. */
    public boolean isInspector(Long userId) {
        return users.findById(userId).filter(u -> u.getRole() == Role.INSPECTOR).isPresent();
    }

    /**
     * Who may sign a sampling form for an enterprise of the district: its enabled inspectors, then
     * the city bureau's.
     */
    public List<User> samplersFor(Long districtId) {
        return PinyinOrder.sortedWithinGroups(users.findSamplers(Role.INSPECTOR, guard.narrow(districtId)),
                User::getDistrictId, User::getDisplayName);
    }

    public boolean areSamplersFor(Collection<Long> userIds, Long districtId) {
        return samplersFor(districtId).stream().map(User::getId).toList().containsAll(userIds);
    }

    /** Users by id, by name (pinyin): who was drawn, who signed. */
    @Unscoped("the names on a batch or draw the caller was allowed to load (BatchService.get and DrawService.get check it)")
    public List<User> byIds(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return PinyinOrder.sorted(users.findByIdInOrderByDisplayName(userIds), User::getDisplayName);
    }

    /** A user's name for the record, if the account exists. */
    public Optional<String> nameOf(Long userId) {
        return users.findById(userId).map(User::getDisplayName);
    }
}
