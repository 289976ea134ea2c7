package io.gigafab.recipes;

import static io.gigafab.events.EquipmentClass.AGING;
import static io.gigafab.events.EquipmentClass.CALENDER;
import static io.gigafab.events.EquipmentClass.COATER;
import static io.gigafab.events.EquipmentClass.FILLER;
import static io.gigafab.events.EquipmentClass.FORMATION;
import static io.gigafab.events.EquipmentClass.GRADER;
import static io.gigafab.events.EquipmentClass.SLITTER;
import static io.gigafab.events.EquipmentClass.STACKER;
import static io.gigafab.recipes.SettingKind.AIRFLOW;
import static io.gigafab.recipes.SettingKind.CELL_VOLTAGE;
import static io.gigafab.recipes.SettingKind.COUNT;
import static io.gigafab.recipes.SettingKind.CURRENT;
import static io.gigafab.recipes.SettingKind.DURATION;
import static io.gigafab.recipes.SettingKind.FORCE;
import static io.gigafab.recipes.SettingKind.LENGTH;
import static io.gigafab.recipes.SettingKind.MASS;
import static io.gigafab.recipes.SettingKind.PRESSURE;
import static io.gigafab.recipes.SettingKind.TEMPERATURE;
import static io.gigafab.recipes.SettingKind.TEST_VOLTAGE;
import static io.gigafab.recipes.SettingKind.WEB_SPEED;
import static io.gigafab.recipes.SettingSpec.optional;
import static io.gigafab.recipes.SettingSpec.required;

import io.gigafab.events.EquipmentClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a procedure step does, on which equipment it runs and which settings it takes. */
public enum StepType {
    UNWIND(EnumSet.of(COATER, CALENDER, SLITTER), required("tension", FORCE)),
    COAT(EnumSet.of(COATER), required("webSpeed", WEB_SPEED), required("slotGap", LENGTH)),
    DRY(EnumSet.of(COATER), required("zones", COUNT), optional("airflow", AIRFLOW)),
    PRESS(
            EnumSet.of(CALENDER),
            required("gap", LENGTH),
            required("force", FORCE),
            required("rollTemperature", TEMPERATURE),
            optional("speed", WEB_SPEED)),
    SLIT(EnumSet.of(SLITTER), required("lanes", COUNT), required("laneWidth", LENGTH)),
    INSPECT(EnumSet.of(COATER, CALENDER, SLITTER), required("sampleInterval", LENGTH)),
    REWIND(EnumSet.of(COATER, CALENDER, SLITTER), required("tension", FORCE)),
    STACK(EnumSet.of(STACKER), required("sheetPairs", COUNT), required("cycleTime", DURATION)),
    HOT_PRESS(
            EnumSet.of(STACKER),
            required("temperature", TEMPERATURE),
            required("pressure", PRESSURE),
            required("duration", DURATION)),
    HIPOT(
            EnumSet.of(STACKER),
            required("testVoltage", TEST_VOLTAGE),
            required("duration", DURATION)),
    EVACUATE(EnumSet.of(FILLER), required("pressure", PRESSURE), required("duration", DURATION)),
    FILL(EnumSet.of(FILLER), required("mass", MASS)),
    SEAL(
            EnumSet.of(FILLER, FORMATION),
            required("duration", DURATION),
            optional("temperature", TEMPERATURE)),
    SOAK(EnumSet.of(FILLER), required("duration", DURATION), optional("temperature", TEMPERATURE)),
    CC_CHARGE(
            EnumSet.of(FORMATION, AGING, GRADER),
            required("current", CURRENT),
            required("cutoffVoltage", CELL_VOLTAGE),
            required("temperature", TEMPERATURE),
            optional("maxDuration", DURATION)),
    CV_CHARGE(
            EnumSet.of(FORMATION, AGING, GRADER),
            required("voltage", CELL_VOLTAGE),
            required("cutoffCurrent", CURRENT),
            required("temperature", TEMPERATURE),
            optional("maxDuration", DURATION)),
    CC_DISCHARGE(
            EnumSet.of(FORMATION, AGING, GRADER),
            required("current", CURRENT),
            required("cutoffVoltage", CELL_VOLTAGE),
            required("temperature", TEMPERATURE),
            optional("maxDuration", DURATION)),
    REST(
            EnumSet.of(FORMATION, AGING, GRADER),
            required("duration", DURATION),
            optional("temperature", TEMPERATURE)),
    DEGAS(EnumSet.of(FORMATION), required("pressure", PRESSURE), required("duration", DURATION)),
    AGE(EnumSet.of(AGING), required("duration", DURATION), required("temperature", TEMPERATURE)),
    OCV_MEASURE(EnumSet.of(AGING, GRADER), optional("settleTime", DURATION)),
    DCIR_PULSE(
            EnumSet.of(GRADER),
            required("current", CURRENT),
            required("duration", DURATION),
            optional("temperature", TEMPERATURE));

    private final Set<EquipmentClass> equipment;
    private final List<SettingSpec> settings;

    StepType(Set<EquipmentClass> equipment, SettingSpec... settings) {
        this.equipment = Set.copyOf(equipment);
        this.settings = List.of(settings);
    }

    /** Whether a recipe for this equipment class may contain this step. */
    public boolean runsOn(EquipmentClass equipmentClass) {
        return equipment.contains(equipmentClass);
    }

    public Set<EquipmentClass> equipment() {
        return equipment;
    }

    public List<SettingSpec> settings() {
        return settings;
    }

    public Optional<SettingSpec> setting(String name) {
        return settings.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    /** Electrical steps move the cell voltage and are checked against the chemistry window. */
    public boolean isElectrical() {
        return this == CC_CHARGE || this == CV_CHARGE || this == CC_DISCHARGE;
    }
}
