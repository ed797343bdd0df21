package org.zhijian.demo;

import java.util.ArrayList;
import java.util.List;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.region.domain.District;

/** The real districts of 台州市 and the demo accounts (all with the demo password). */
final class DemoCityData {

    /** Division code, Chinese name, English name, account prefix. */
    static final String[][] DISTRICTS = {
            {"331002", "椒江区", "Jiaojiang", "jj"},
            {"331003", "黄岩区", "Huangyan", "hy"},
            {"331004", "路桥区", "Luqiao", "lq"},
            {"331082", "临海市", "Linhai", "lh"},
            {"331081", "温岭市", "Wenling", "wl"},
            {"331083", "玉环市", "Yuhuan", "yh"},
            {"331023", "天台县", "Tiantai", "tt"},
            {"331024", "仙居县", "Xianju", "xj"},
            {"331022", "三门县", "Sanmen", "sm"},
    };

    private static final String[] SURNAMES = {"王", "李", "张", "陈", "林", "郑", "周", "吴", "徐", "黄", "潘", "金"};
    private static final String[] GIVEN = {"建国", "海燕", "志强", "丽华", "晓东", "雅琴", "伟", "敏", "军", "静",
            "立新", "春梅", "国平", "玲", "斌", "慧"};

    private DemoCityData() {
    }

    static List<District> districts() {
        List<District> list = new ArrayList<>();
        for (int i = 0; i < DISTRICTS.length; i++) {
            list.add(new District(DISTRICTS[i][0], DISTRICTS[i][1], DISTRICTS[i][2], i + 1));
        }
        return list;
    }

    static String prefixOf(District d) {
        for (String[] row : DISTRICTS) {
            if (row[0].equals(d.getCode())) {
                return row[3];
            }
        }
        throw new IllegalArgumentException(d.getCode());
    }

    static List<User> users(List<District> districts, String passwordHash) {
        List<User> list = new ArrayList<>();
        int n = 0;
        list.add(new User("admin", passwordHash, "市局管理员", Role.ADMIN, null));
        list.add(new User("head", passwordHash, "市局局长 " + person(n++), Role.HEAD, null));
        list.add(new User("inspector", passwordHash, "市局检查员 " + person(n++), Role.INSPECTOR, null));
        for (District d : districts) {
            String p = prefixOf(d);
            list.add(new User(p + "_head", passwordHash, d.getNameZh() + "局长 " + person(n++), Role.HEAD, d.getId()));
            list.add(new User(p + "_admin", passwordHash, d.getNameZh() + "管理员 " + person(n++), Role.ADMIN,
                    d.getId()));
            for (int i = 1; i <= 4; i++) {
                list.add(new User(p + "_inspector" + i, passwordHash, person(n++), Role.INSPECTOR, d.getId()));
            }
        }
        // every demo account gets an address of a reserved domain (nothing can reach it), and the default mail settings
        list.forEach(u -> u.changeEmail(u.getUsername().replace('_', '.') + "@demo.zhijian.invalid"));
        return list;
    }

    private static String person(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length];
    }
}
