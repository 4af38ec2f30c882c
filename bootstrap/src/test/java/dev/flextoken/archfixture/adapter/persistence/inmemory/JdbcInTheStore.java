package dev.flextoken.archfixture.adapter.persistence.inmemory;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks "JDBC only in the PostgreSQL adapter": JDBC in the in-memory store. */
public final class JdbcInTheStore {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
