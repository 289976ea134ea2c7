package io.gigafab.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * DEMO DATA: the MES's sample plant (lines L1 and L2, machines, routes, orders, material lots),
 * loaded from the MES's own migration file once the MES has created its schema. The packaged MES
 * cannot load it itself: {@code quarkus.flyway.locations} is fixed when the jar is built, so the
 * {@code demo} profile's extra location has no effect at run time.
 */
final class SamplePlant {

    static final Path SQL =
            Path.of("mes-service/src/main/resources/db/sample-plant/V100__sample_plant.sql");

    private SamplePlant() {}

    /** Loads the sample plant unless line L1 exists already. */
    static void loadInto(DataSource database) throws IOException, SQLException {
        String script = Files.readString(Repository.root().resolve(SQL));
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet line = statement.executeQuery("select 1 from line where id = 'L1'")) {
                if (line.next()) {
                    return;
                }
            }
            statement.execute(script);
        }
    }
}
