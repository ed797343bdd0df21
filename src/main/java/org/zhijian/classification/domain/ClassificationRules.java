package org.zhijian.classification.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhijian.catalogue.domain.RiskClass;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.licence.domain.LicenceStatus;

/**
 * The weights and thresholds of the classifier (zhijian.risk.classification.*). The defaults are
 * the bureau's starting point; every number here may be changed in the properties.
 */
@ConfigurationProperties("zhijian.risk.classification")
public class ClassificationRules {

    private Map<RiskClass, Integer> productRiskPoints = new EnumMap<>(Map.of(
            RiskClass.HIGH, 30, RiskClass.MEDIUM, 15, RiskClass.LOW, 0));
    private Set<Industry> highRiskIndustries = EnumSet.of(Industry.WIRE_CABLE, Industry.COATING,
            Industry.CHEMICAL_PACKAGING, Industry.FERTILIZER, Industry.ELECTRIC_BICYCLE, Industry.FOOD_CONTACT);
    private Set<Industry> mediumRiskIndustries = EnumSet.of(Industry.BUILDING_WATERPROOF, Industry.WOOD_PANEL,
            Industry.HOUSEHOLD_APPLIANCE, Industry.TOY, Industry.PUMP_VALVE, Industry.AUTO_PARTS);
    /** Years of spot-check and incident record that count. */
    private int recordYears = 3;
    private int spotCheckFailurePoints = 15;
    private int spotCheckFailureCap = 45;
    private int majorHazardPoints = 20;
    private int generalHazardPoints = 5;
    private int hazardCap = 40;
    private Map<LicenceStatus, Integer> licenceStatusPoints = new EnumMap<>(Map.of(
            LicenceStatus.VALID, 0, LicenceStatus.SUSPENDED, 20, LicenceStatus.EXPIRED, 15,
            LicenceStatus.WITHDRAWN, 5, LicenceStatus.DEREGISTERED, 5, LicenceStatus.REVOKED, 30,
            LicenceStatus.CANCELLED, 30));
    private int complaintPoints = 5;
    private int complaintCap = 20;
    private int violationPoints = 15;
    private int violationCap = 30;
    /** Lowest score of each class above A. */
    private Map<SupervisionClass, Integer> classFrom = new EnumMap<>(Map.of(
            SupervisionClass.B, 20, SupervisionClass.C, 40, SupervisionClass.D, 60));
    /** Months between inspections per class: A once in 2 years, B yearly, C twice a year, D quarterly. */
    private Map<SupervisionClass, Integer> inspectionMonths = new EnumMap<>(Map.of(
            SupervisionClass.A, 24, SupervisionClass.B, 12, SupervisionClass.C, 6, SupervisionClass.D, 3));

    public int productRiskPoints(RiskClass risk) {
        return productRiskPoints.getOrDefault(risk, 0);
    }

    public int licencePoints(LicenceStatus status) {
        return status == null ? 0 : licenceStatusPoints.getOrDefault(status, 0);
    }

    public int monthsBetweenInspections(SupervisionClass c) {
        return inspectionMonths.get(c);
    }

    public Map<RiskClass, Integer> getProductRiskPoints() {
        return productRiskPoints;
    }

    public void setProductRiskPoints(Map<RiskClass, Integer> productRiskPoints) {
        this.productRiskPoints.putAll(productRiskPoints);
    }

    public Set<Industry> getHighRiskIndustries() {
        return highRiskIndustries;
    }

    public void setHighRiskIndustries(Set<Industry> highRiskIndustries) {
        this.highRiskIndustries = highRiskIndustries;
    }

    public Set<Industry> getMediumRiskIndustries() {
        return mediumRiskIndustries;
    }

    public void setMediumRiskIndustries(Set<Industry> mediumRiskIndustries) {
        this.mediumRiskIndustries = mediumRiskIndustries;
    }

    public int getRecordYears() {
        return recordYears;
    }

    public void setRecordYears(int recordYears) {
        this.recordYears = recordYears;
    }

    public int getSpotCheckFailurePoints() {
        return spotCheckFailurePoints;
    }

    public void setSpotCheckFailurePoints(int spotCheckFailurePoints) {
        this.spotCheckFailurePoints = spotCheckFailurePoints;
    }

    public int getSpotCheckFailureCap() {
        return spotCheckFailureCap;
    }

    public void setSpotCheckFailureCap(int spotCheckFailureCap) {
        this.spotCheckFailureCap = spotCheckFailureCap;
    }

    public int getMajorHazardPoints() {
        return majorHazardPoints;
    }

    public void setMajorHazardPoints(int majorHazardPoints) {
        this.majorHazardPoints = majorHazardPoints;
    }

    public int getGeneralHazardPoints() {
        return generalHazardPoints;
    }

    public void setGeneralHazardPoints(int generalHazardPoints) {
        this.generalHazardPoints = generalHazardPoints;
    }

    public int getHazardCap() {
        return hazardCap;
    }

    public void setHazardCap(int hazardCap) {
        this.hazardCap = hazardCap;
    }

    public Map<LicenceStatus, Integer> getLicenceStatusPoints() {
        return licenceStatusPoints;
    }

    public void setLicenceStatusPoints(Map<LicenceStatus, Integer> licenceStatusPoints) {
        this.licenceStatusPoints.putAll(licenceStatusPoints);
    }

    public int getComplaintPoints() {
        return complaintPoints;
    }

    public void setComplaintPoints(int complaintPoints) {
        this.complaintPoints = complaintPoints;
    }

    public int getComplaintCap() {
        return complaintCap;
    }

    public void setComplaintCap(int complaintCap) {
        this.complaintCap = complaintCap;
    }

    public int getViolationPoints() {
        return violationPoints;
    }

    public void setViolationPoints(int violationPoints) {
        this.violationPoints = violationPoints;
    }

    public int getViolationCap() {
        return violationCap;
    }

    public void setViolationCap(int violationCap) {
        this.violationCap = violationCap;
    }

    public Map<SupervisionClass, Integer> getClassFrom() {
        return classFrom;
    }

    public void setClassFrom(Map<SupervisionClass, Integer> classFrom) {
        this.classFrom.putAll(classFrom);
    }

    public Map<SupervisionClass, Integer> getInspectionMonths() {
        return inspectionMonths;
    }

    public void setInspectionMonths(Map<SupervisionClass, Integer> inspectionMonths) {
        this.inspectionMonths.putAll(inspectionMonths);
    }
}
