package org.zhijian.spotcheck.domain;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.account.domain.Role;
import org.zhijian.account.domain.User;
import org.zhijian.system.security.AccessGuard;
import org.zhijian.system.security.Unscoped;

/** Who may sign a sampling form: enabled inspectors of the enterprise's district or of the city bureau. */
@Component
@Transactional(readOnly = true)
public class SamplerRoster {

    private final EntityManager em;
    private final AccessGuard guard;

    SamplerRoster(EntityManager em, AccessGuard guard) {
        this.em = em;
        this.guard = guard;
    }

    public List<User> forDistrict(Long districtId) {
        return em.createQuery("select u from User u where u.enabled = true and u.role = :role"
                        + " and (u.districtId = :district or u.districtId is null) order by u.districtId nulls last,"
                        + " u.displayName", User.class)
                .setParameter("role", Role.INSPECTOR)
                .setParameter("district", guard.narrow(districtId))
                .getResultList();
    }

    public boolean allEligible(Collection<Long> userIds, Long districtId) {
        return forDistrict(districtId).stream().map(User::getId).toList().containsAll(userIds);
    }

    @Unscoped("the samplers named on a batch the caller was allowed to load (BatchService.get checks it)")
    public List<User> byIds(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from User u where u.id in :ids order by u.displayName", User.class)
                .setParameter("ids", userIds).getResultList();
    }
}
