package org.zhijian.classification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhijian.spotcheck.domain.FinalVerdict;

/**
 * An enterprise's spot-check record for classification: batches whose final
 * verdict is a failure, sampled since a day. The same final-verdict rule as pass
 * rates, so a failure under objection or re-test does not count yet.
 */
@Component
class SpotCheckFailures implements SpotCheckRecordSource {

    private static final String COUNT = "select count(*) from sampling_batch b where b.enterprise_id = :enterpriseId"
            + " and b.sampling_date >= :since and b.verdict = 'FAIL' and " + FinalVerdict.SQL;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SpotCheckFailures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int failedBatchesSince(Long enterpriseId, LocalDate since) {
        Integer n = jdbc.queryForObject(COUNT, Map.of("enterpriseId", enterpriseId, "since", since,
                "today", LocalDate.now(clock)), Integer.class);
        return n == null ? 0 : n;
    }
}
