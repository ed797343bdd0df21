package org.zhijian.spotcheck.domain;

/** Done against planned for one district of a plan. */
public record PlanProgress(Long districtId, String districtName, int planned, long done) {

    /** Percent done, capped at 100 for the progress bar. */
    public int percent() {
        return planned == 0 ? (done > 0 ? 100 : 0) : (int) Math.min(100, Math.round(done * 100.0 / planned));
    }
}
