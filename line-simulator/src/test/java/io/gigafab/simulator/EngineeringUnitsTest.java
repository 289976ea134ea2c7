package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EngineeringUnitsTest {

    @Test
    void uneceCommonCodesArePackedAsInOpcUaPart8() {
        // values from the OPC Foundation's UNECE_to_OPCUA.csv
        assertThat(EngineeringUnits.uneceUnitId("CEL")).isEqualTo(4408652);
        assertThat(EngineeringUnits.uneceUnitId("MTR")).isEqualTo(5067858);
        assertThat(EngineeringUnits.DEGREE_CELSIUS.getUnitId()).isEqualTo(4408652);
        assertThat(EngineeringUnits.METRE_PER_MINUTE.getDisplayName().text()).isEqualTo("m/min");
    }
}
