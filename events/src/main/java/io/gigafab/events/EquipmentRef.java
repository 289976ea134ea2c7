package io.gigafab.events;

/**
 * One machine in the plant, named by its ISA-95 equipment hierarchy (site / area / line /
 * equipment) and its class, e.g. {@code gf1/electrode/L1/COAT-01}, a {@link EquipmentClass#COATER}.
 *
 * @param site the plant site, e.g. "gf1"
 * @param area the area within the site, e.g. "electrode", "assembly", "formation"
 * @param line the production line within the area, e.g. "L1"
 * @param equipmentId the machine id, unique in the plant, e.g. "COAT-01"
 * @param equipmentClass the kind of machine
 */
public record EquipmentRef(
        String site, String area, String line, String equipmentId, EquipmentClass equipmentClass) {

    public EquipmentRef {
        segment(site, "EquipmentRef.site");
        segment(area, "EquipmentRef.area");
        segment(line, "EquipmentRef.line");
        segment(equipmentId, "EquipmentRef.equipmentId");
        Require.nonNull(equipmentClass, "EquipmentRef.equipmentClass");
    }

    /** The ISA-95 path "site/area/line/equipmentId". */
    public String path() {
        return site + "/" + area + "/" + line + "/" + equipmentId;
    }

    private static void segment(String value, String field) {
        Require.text(value, field);
        if (value.indexOf('/') >= 0) {
            throw new IllegalArgumentException(field + " must not contain '/': " + value);
        }
    }
}
