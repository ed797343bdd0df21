package org.zhijian.system.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinOrderTests {

    @Test
    void chineseNamesSortByPinyinNotByCodePoint() {
        List<String> names = new ArrayList<>(List.of("张伟", "王芳", "李娜", "赵敏", "陈静", "阿强", "周杰", "吴磊"));
        List<String> byCodePoint = new ArrayList<>(names);
        byCodePoint.sort(null);
        names.sort(PinyinOrder.NAMES);
        // a qiang, chen jing, li na, wang fang, wu lei, zhang wei, zhao min, zhou jie
        assertThat(names).containsExactly("阿强", "陈静", "李娜", "王芳", "吴磊", "张伟", "赵敏", "周杰");
        assertThat(byCodePoint).as("code-point order is not pinyin order").isNotEqualTo(names);
    }

    @Test
    void enterpriseNamesSortByTheirWholeReading() {
        List<String> names = PinyinOrder.sorted(List.of("台州市黄岩精工模具有限公司", "台州市椒江永盛电器有限公司",
                "温岭市东方泵业有限公司", "临海市华南机械有限公司"), s -> s);
        // lin hai, tai zhou huang yan, tai zhou jiao jiang, wen ling
        assertThat(names).containsExactly("临海市华南机械有限公司", "台州市黄岩精工模具有限公司",
                "台州市椒江永盛电器有限公司", "温岭市东方泵业有限公司");
    }

    @Test
    void withinGroupsNamesSortByPinyinAndTheGroupsKeepTheirOrder() {
        record Person(String district, String name) {
        }
        List<Person> people = List.of(new Person("椒江", "周杰"), new Person("椒江", "阿强"), new Person("黄岩", "张伟"),
                new Person("黄岩", "李娜"), new Person(null, "陈静"), new Person(null, "白雪"));
        assertThat(PinyinOrder.sortedWithinGroups(people, Person::district, Person::name))
                .extracting(Person::name).containsExactly("阿强", "周杰", "李娜", "张伟", "白雪", "陈静");
        assertThat(PinyinOrder.NAMES.compare(null, "阿")).isNegative();
    }
}
