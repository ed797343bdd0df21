package org.zhijian.enforcement.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per district, year and kind (立案号, 处罚决定书文号). The counter row is locked
 * (select ... for update) until the taking transaction ends, so two decisions never share a number
 * and a rolled-back decision gives its number back.
 */
@Component
class CaseNumbers {

    static final String CASE = "CASE";
    static final String DECISION = "DECISION";

    private final JdbcClient jdbc;

    CaseNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(Long districtId, int year, String kind) {
        List<Integer> current = jdbc.sql("select last_number from enforcement_counter where district_id = ? "
                        + "and counter_year = ? and kind = ? for update")
                .params(districtId, year, kind).query(Integer.class).list();
        if (current.isEmpty()) {
            jdbc.sql("insert into enforcement_counter (district_id, counter_year, kind, last_number) values (?, ?, ?, 1)")
                    .params(districtId, year, kind).update();
            return 1;
        }
        int n = current.get(0) + 1;
        jdbc.sql("update enforcement_counter set last_number = ? where district_id = ? and counter_year = ? and kind = ?")
                .params(n, districtId, year, kind).update();
        return n;
    }
}
