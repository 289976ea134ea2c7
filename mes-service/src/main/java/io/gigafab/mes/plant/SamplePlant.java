package io.gigafab.mes.plant;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * DEMO DATA: loads the sample plant (two LFP lines, material lots, defect codes, a grade table)
 * into an empty plant model at start-up when {@code gigafab.sample-plant.enabled} — in the dev,
 * test and demo profiles. A real plant never enables it and loads its own model.
 */
@Startup
@ApplicationScoped
public class SamplePlant {

    private static final Logger LOG = Logger.getLogger(SamplePlant.class);
    private static final List<String> SCRIPTS =
            List.of("sample-plant/01-plant.sql", "sample-plant/02-passport.sql");

    SamplePlant(
            DataSource dataSource,
            @ConfigProperty(name = "gigafab.sample-plant.enabled") boolean enabled)
            throws SQLException, IOException {
        if (enabled) {
            load(dataSource);
        }
    }

    static void load(DataSource dataSource) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet sites = statement.executeQuery("select count(*) from site")) {
                sites.next();
                if (sites.getLong(1) > 0) {
                    return;
                }
            }
            connection.setAutoCommit(false);
            for (String script : SCRIPTS) {
                statement.execute(read(script));
            }
            connection.commit();
            LOG.info("Loaded the sample plant (DEMO DATA)");
        }
    }

    private static String read(String script) throws IOException {
        try (InputStream in = SamplePlant.class.getClassLoader().getResourceAsStream(script)) {
            if (in == null) {
                throw new IOException("Missing " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
