package vn.hopso.voting.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Plain JDBC with bound parameters, on connections of the given data source. Handed a data source that joins the
 * caller's transaction (the server passes one), every statement runs in it; closing a connection hands it back.
 */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int update(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailure(sql, e);
        }
    }

    void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreFailure(sql, e);
        }
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rs.next()) {
                    found.add(row.map(rs));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new StoreFailure(sql, e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> found = list(sql, row, params);
        if (found.size() > 1) {
            throw new IllegalStateException("more than one row for " + sql);
        }
        return found.stream().findFirst();
    }

    /** A {@code uuid[]} parameter ({@code = any(?)}). */
    static Object uuids(List<UUID> ids) {
        return new SqlArray("uuid", ids.toArray());
    }

    /** A {@code text[]} parameter ({@code = any(?)}). */
    static Object texts(List<String> texts) {
        return new SqlArray("text", texts.toArray());
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object param = params[i];
            switch (param) {
                case null -> statement.setObject(i + 1, null);
                // Truncated here, not rounded by the database: a time reads back as the chain recorded it.
                case Instant instant -> statement.setTimestamp(i + 1, Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS)));
                case Enum<?> constant -> statement.setString(i + 1, constant.name());
                case SqlArray array -> statement.setArray(i + 1,
                        statement.getConnection().createArrayOf(array.type(), array.values()));
                default -> statement.setObject(i + 1, param);
            }
        }
    }

    private record SqlArray(String type, Object[] values) {
    }

    /** A statement the database refused: a bug or an outage, never a rule of voting. */
    static final class StoreFailure extends RuntimeException {
        StoreFailure(String sql, SQLException cause) {
            super("ballot store: " + cause.getMessage() + " in: " + sql.strip().lines().findFirst().orElse(""), cause);
        }
    }
}
