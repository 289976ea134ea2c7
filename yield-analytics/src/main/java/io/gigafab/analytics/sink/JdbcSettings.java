package io.gigafab.analytics.sink;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Where the time-series tables live: a PostgreSQL/TimescaleDB JDBC URL with its credentials. */
public record JdbcSettings(String url, String user, String password) implements Serializable {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return "JdbcSettings[url=" + url + ", user=" + user + "]";
    }
}
