package com.platform.onboarding.bench;

import com.platform.onboarding.StatementCounter;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The engine API calls the floor's journey makes, the same on every engine, so that one driver runs them all. Each
 * engine is built on its own in-memory H2 database, its own pool of the same size and FULL history, with its job
 * executor off: the driver runs the jobs one by one, as StatementsPerOnboardingBenchmark does.
 */
interface PeerEngine extends AutoCloseable {

    /** "Camunda 7.24.0": who it is, for the report. */
    String name();

    /** Deploys the floor ({@link FloorBpmn}), written in this engine's dialect. */
    void deployFloor();

    /** Returns the instance's id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** The first open task of the instance with this business key, as the REST task query by business key. */
    String firstTask(String businessKey);

    void claim(String taskId, String userId);

    void complete(String taskId);

    /** Delivers the message to the instance with this business key that waits for it. */
    void correlate(String messageName, String businessKey);

    /** How many running instances carry this business key: the journey's final read. */
    long read(String businessKey);

    /** An executable job of the instance, or null. */
    String nextJob(String processInstanceId);

    void executeJob(String jobId);

    /** Instances of the key that history says have ended. */
    long ended(String processKey);

    /** Instances still running and jobs still waiting, in all: zero once every journey is through. */
    long leftOver();

    /** While true, every statement the engine sends is counted in StatementCounter. */
    void counting(boolean on);

    @Override
    void close();

    /** A pool on a fresh in-memory database, the same for every engine, counted only while switched on. */
    final class Database implements AutoCloseable {
        private final HikariDataSource pool = new HikariDataSource();
        private final DataSource counted;
        private volatile boolean counting;
        private final String url;
        final DataSource dataSource;

        Database(String name) {
            url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            pool.setJdbcUrl(url);
            pool.setUsername("sa");
            pool.setMaximumPoolSize(10);
            counted = StatementCounter.counting(pool);
            // Switched per connection: the counting proxies cost time, so the timed runs go without them.
            dataSource = (DataSource) Proxy.newProxyInstance(PeerEngine.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        try {
                            return method.invoke(counting ? counted : pool, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        void counting(boolean on) {
            counting = on;
        }

        /**
         * Drops the database too: {@code DB_CLOSE_DELAY=-1} keeps an in-memory database after its last connection, and
         * the benchmarks after this one (the timers' heap figure) run in the same JVM. {@code SHUTDOWN} closes every
         * connection to it, this one included, so nothing is left to close (closing it again would fail).
         */
        @Override
        public void close() {
            pool.close();
            try {
                DriverManager.getConnection(url, "sa", "").createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop the in-memory database " + url, e);
            }
        }
    }
}
