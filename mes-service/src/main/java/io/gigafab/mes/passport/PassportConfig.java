package io.gigafab.mes.passport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who makes the batteries and how process energy is counted in the carbon footprint. */
@ConfigMapping(prefix = "gigafab.passport")
public interface PassportConfig {

    /** The manufacturer's name as printed on the passport. */
    @WithDefault("Gigafab Demo Cells GmbH (DEMO)")
    String manufacturerName();

    /** The manufacturer's identifier (e.g. an EORI or LEI). */
    @WithDefault("DEMO-LEI-0000000000")
    String manufacturerIdentifier();

    /** Public base URL of passports; a passport's QR code points at base-url + "/" + id. */
    @WithDefault("http://localhost:8080/passport")
    String baseUrl();

    /** Electricity used per cell in the plant (coating, drying, dry room, formation…), kWh. */
    @WithDefault("1.5")
    double energyPerCellKwh();

    /** Carbon intensity of the plant's electricity, kg CO2e per kWh. */
    @WithDefault("0.4")
    double gridKgCo2ePerKwh();
}
