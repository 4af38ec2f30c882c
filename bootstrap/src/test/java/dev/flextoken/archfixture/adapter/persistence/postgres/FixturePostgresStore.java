package dev.flextoken.archfixture.adapter.persistence.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Follows every rule: JDBC is allowed in the PostgreSQL adapter. */
public final class FixturePostgresStore {

    private final DataSource dataSource;

    public FixturePostgresStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isReachable() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }
}
