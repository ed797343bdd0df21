package org.zhijian.incident.domain;

import java.util.List;
import java.util.Map;

/**
 * The incident figures of a scope: incidents by level and state, risk information by source and
 * action (key {@code OPEN} for items not yet closed), and both per district. Drills never count.
 */
public record IncidentFigures(Map<IncidentLevel, Map<IncidentStatus, Long>> incidentsByLevel,
                              Map<RiskSource, Map<String, Long>> riskBySource, List<DistrictLine> byDistrict,
                              long incidents, long riskInformation) {

    public static final String OPEN = "OPEN";

    /** @param districtId null for city-level records */
    public record DistrictLine(Long districtId, long incidents, long openIncidents, long riskInformation,
                               long openRiskInformation) {
    }

    public long incidents(IncidentLevel level, IncidentStatus status) {
        return incidentsByLevel.get(level).get(status);
    }

    public long risk(RiskSource source, String actionOrOpen) {
        return riskBySource.get(source).get(actionOrOpen);
    }
}
