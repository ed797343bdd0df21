package org.zhijian.enterprise.domain;

/** Industry of an enterprise, as the registry groups them; labels in messages (industry.*). */
public enum Industry {
    WIRE_CABLE, HOUSEHOLD_APPLIANCE, FURNITURE, WOOD_PANEL, FERTILIZER, BUILDING_WATERPROOF, ELECTRIC_BICYCLE,
    COATING, GARMENT, MOTOR, WATER_SAVING, TOY, FOOD_CONTACT, CHEMICAL_PACKAGING, PUMP_VALVE, AUTO_PARTS,
    PLASTIC_MOULD, SANITARY_WARE, MACHINERY, OTHER;

    public String messageCode() {
        return "industry." + name();
    }
}
