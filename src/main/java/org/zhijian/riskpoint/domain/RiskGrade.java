package org.zhijian.riskpoint.domain;

/** Risk grade (风险等级), most severe first, with its colour in the four-colour map. */
public enum RiskGrade {
    /** 重大 */
    MAJOR("red", "#d32f2f"),
    /** 较大 */
    SIGNIFICANT("orange", "#f57c00"),
    /** 一般 */
    GENERAL("yellow", "#fbc02d"),
    /** 低 */
    LOW("blue", "#1976d2");

    private final String colour;
    private final String hex;

    RiskGrade(String colour, String hex) {
        this.colour = colour;
        this.hex = hex;
    }

    public String colour() {
        return colour;
    }

    public String hex() {
        return hex;
    }

    /** Yellow: light enough that text on it must be dark. */
    public boolean isLightColour() {
        return this == GENERAL;
    }

    public String messageCode() {
        return "risk.grade." + name();
    }

    public String colourMessageCode() {
        return "risk.colour." + colour;
    }
}
