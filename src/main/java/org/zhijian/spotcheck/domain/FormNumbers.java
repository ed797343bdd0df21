package org.zhijian.spotcheck.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhijian.region.domain.Districts;
import org.zhijian.system.security.Unscoped;

/**
 * Suggests the next sampling form number (抽样单编号) from a configurable pattern
 * ({@code zhijian.spotcheck.form-number-pattern}: {year}, {district}, {seq}). Only a suggestion:
 * the inspector may type another; uniqueness is still enforced when the batch is recorded.
 */
@Component
public class FormNumbers {

    static final String SEQ = "{seq}";

    private final SamplingBatchRepository batches;
    private final Districts districts;
    private final Clock clock;
    private final String pattern;

    FormNumbers(SamplingBatchRepository batches, Districts districts, Clock clock,
                @Value("${zhijian.spotcheck.form-number-pattern:CJ{year}-{district}-{seq}}") String pattern) {
        this.batches = batches;
        this.districts = districts;
        this.clock = clock;
        this.pattern = pattern.contains(SEQ) ? pattern : pattern + SEQ;
    }

    @Unscoped("returns a number not yet used, no record: the count of a district's numbers is not a secret")
    @Transactional(readOnly = true)
    public String suggest(Long districtId) {
        String districtCode = districts.get(districtId).getCode();
        String filled = pattern.replace("{year}", String.valueOf(LocalDate.now(clock).getYear()))
                .replace("{district}", districtCode);
        String prefix = filled.substring(0, filled.indexOf(SEQ));
        long next = batches.countByFormNumberStartingWith(prefix) + 1;
        String candidate = filled.replace(SEQ, String.format("%04d", next));
        // numbers typed by hand may have taken the next ones: skip them (a few lookups at most)
        for (int tries = 0; tries < 50 && batches.existsByFormNumber(candidate); tries++) {
            next++;
            candidate = filled.replace(SEQ, String.format("%04d", next));
        }
        return candidate;
    }
}
