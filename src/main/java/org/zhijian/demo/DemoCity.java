package org.zhijian.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.region.domain.District;

/**
 * What the foundation loaded, handed to feature contributors so their demo
 * records hang on the same districts, users and enterprises. The random source
 * is seeded: the demo city is the same on every machine. Every demo account shares the demo password,
 * hashed once ({@code passwordHash}: a hash costs a tenth of a second).
 */
public record DemoCity(List<District> districts, List<User> users, List<Enterprise> enterprises, Random random,
                       LocalDate today, String passwordHash) {

    public List<User> usersOf(org.zhijian.system.security.Role role, Long districtId) {
        return users.stream().filter(u -> u.getRole() == role && java.util.Objects.equals(u.getDistrictId(), districtId))
                .toList();
    }

    public List<Enterprise> enterprisesIn(Long districtId) {
        return enterprises.stream().filter(e -> e.getDistrictId().equals(districtId)).toList();
    }
}
