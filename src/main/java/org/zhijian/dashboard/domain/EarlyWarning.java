package org.zhijian.dashboard.domain;

import org.zhijian.spotcheck.domain.PassRate;

/**
 * An early warning (风险预警) with its evidence: for a pass-rate drop the rate now
 * and a year earlier (both with intervals); for a hazard cluster the number of open
 * hazards found in the window, in one district and industry.
 *
 * @param subjectId district id (DISTRICT_DROP, HAZARD_CLUSTER) or product category id (PRODUCT_DROP)
 */
public record EarlyWarning(Kind kind, long subjectId, String subject, Long districtId, String industry,
                           PassRate rate, long hazards, int windowDays) {

    public enum Kind {
        DISTRICT_DROP, PRODUCT_DROP, HAZARD_CLUSTER;

        /** The subject is a product category; for the other kinds it is a district. */
        public boolean isAboutProduct() {
            return this == PRODUCT_DROP;
        }

        public String messageCode() {
            return "dashboard.warning." + name();
        }
    }
}
