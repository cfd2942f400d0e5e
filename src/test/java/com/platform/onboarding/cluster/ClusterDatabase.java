package com.platform.onboarding.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real, empty PostgreSQL for the nodes, and the test's own view of it. */
final class ClusterDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private ClusterDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ClusterDatabase start() throws IOException, SQLException {
        var postgres = EmbeddedPostgres.builder().start();
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database onboarding");
        }
        return new ClusterDatabase(postgres);
    }

    String url() {
        return postgres.getJdbcUrl("postgres", "onboarding");
    }

    DataSource dataSource() {
        return postgres.getDatabase("postgres", "onboarding");
    }

    JdbcClient sql() {
        return JdbcClient.create(dataSource());
    }

    long count(String query, Object... parameters) {
        return sql().sql(query).params(parameters).query(Long.class).single();
    }

    /** Polls until {@code done}, failing with {@code state} when the deadline passes. */
    static void await(Duration within, BooleanSupplier done, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + within + ": " + state.get());
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
