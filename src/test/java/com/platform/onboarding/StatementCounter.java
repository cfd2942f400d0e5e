package com.platform.onboarding;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts what reaches the database through the application's one DataSource: every executed statement (each entry
 * of a batch counts) and every commit. Exact, so the figure does not move with machine noise. Part of the one test
 * configuration ({@link OnboardingTest}), so that the statement budget (bench/StatementBudgetTest) and the benchmarks
 * share the context of every other test.
 */
public class StatementCounter implements BeanPostProcessor {

    public static final AtomicLong STATEMENTS = new AtomicLong();
    public static final AtomicLong COMMITS = new AtomicLong();
    /** Calls that send SQL to the database: a batch of any size counts once (how engines that batch compare). */
    public static final AtomicLong EXECUTIONS = new AtomicLong();
    /** Executed statements by kind ("select ACT_RU_TASK", "insert NOTIFICATION"), for the profile of where they go. */
    static final Map<String, AtomicLong> BY_KIND = new ConcurrentHashMap<>();
    private static final Pattern KIND = Pattern.compile(
            "^\\s*(?:(select|delete)\\b.*?\\bfrom|(insert)\\s+into|(update))\\s+([A-Za-z_][A-Za-z_0-9.]*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static Map<String, Long> kinds() {
        var copy = new TreeMap<String, Long>();
        BY_KIND.forEach((kind, count) -> copy.put(kind, count.get()));
        return copy;
    }

    /** What was executed, by kind, since {@code before} (an earlier {@link #kinds()}). */
    public static Map<String, Long> kindsSince(Map<String, Long> before) {
        var since = new TreeMap<String, Long>();
        kinds().forEach((kind, n) -> {
            long more = n - before.getOrDefault(kind, 0L);
            if (more != 0) {
                since.put(kind, more);
            }
        });
        return since;
    }

    public record Count(long statements, long commits) {
        public static Count now() {
            return new Count(STATEMENTS.get(), COMMITS.get());
        }

        public Count since(Count start) {
            return new Count(statements - start.statements, commits - start.commits);
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return counting(dataSource);
        }
        return bean;
    }

    /** The data source, counted: for an engine built without a Spring context. */
    public static DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            if (method.getName().equals("commit")) {
                COMMITS.incrementAndGet();
            }
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return result instanceof Statement statement ? statement(statement, method.getReturnType(), sql) : result;
        });
    }

    private static Object statement(Statement statement, Class<?> type, String preparedSql) {
        var batched = new AtomicLong();
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched.incrementAndGet();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                long n = batched.getAndSet(0);
                STATEMENTS.addAndGet(n);
                EXECUTIONS.incrementAndGet();
                tally(preparedSql, n);
            } else if (name.startsWith("execute")) {
                STATEMENTS.incrementAndGet();
                EXECUTIONS.incrementAndGet();
                tally(args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql, 1);
            }
            return invoke(target, method, args);
        });
    }

    private static void tally(String sql, long n) {
        String kind = "other";
        if (sql != null) {
            Matcher m = KIND.matcher(sql);
            if (m.find()) {
                String verb = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                kind = verb.toLowerCase() + " " + m.group(4).toUpperCase();
            } else {
                kind = sql.strip().split("\\s+")[0].toLowerCase();
            }
        }
        BY_KIND.computeIfAbsent(kind, k -> new AtomicLong()).addAndGet(n);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }
}
