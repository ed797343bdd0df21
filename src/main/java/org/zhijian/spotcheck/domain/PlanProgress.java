package org.zhijian.spotcheck.domain;

import java.util.Collection;

/** Done against planned for one district of a plan, or (without a district) for the whole plan. */
public record PlanProgress(Long districtId, String districtName, int planned, long done) {

    /** The plan's progress over these districts: their planned and done batches summed. */
    public static PlanProgress total(Collection<PlanProgress> districts) {
        return new PlanProgress(null, null, districts.stream().mapToInt(PlanProgress::planned).sum(),
                districts.stream().mapToLong(PlanProgress::done).sum());
    }

    /** Percent done, capped at 100 for the progress bar. */
    public int percent() {
        return planned == 0 ? (done > 0 ? 100 : 0) : (int) Math.min(100, Math.round(done * 100.0 / planned));
    }
}
