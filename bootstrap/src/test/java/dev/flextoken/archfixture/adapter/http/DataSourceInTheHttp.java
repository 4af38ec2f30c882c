package dev.flextoken.archfixture.adapter.http;

import javax.sql.DataSource;

/** Breaks "JDBC only in the PostgreSQL adapter" through {@code javax.sql}: a route that holds a data source. */
public final class DataSourceInTheHttp {

    private final DataSource dataSource;

    public DataSourceInTheHttp(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean hasStore() {
        return dataSource != null;
    }
}
