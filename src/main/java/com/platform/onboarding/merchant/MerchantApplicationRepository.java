package com.platform.onboarding.merchant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MerchantApplicationRepository {

    private final JdbcClient jdbc;

    MerchantApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MerchantApplication a) {
        jdbc.sql("""
                insert into merchant_application (application_id, username, merchant_name, contact_email, entity_type,
                    category, overseas_markets, factory_program, status, submitted_at)
                values (:id, :username, :name, :email, :entityType, :category, :markets, :factory, :status, :submittedAt)
                """)
                .param("id", a.applicationId())
                .param("username", a.username())
                .param("name", a.merchantName())
                .param("email", a.contactEmail())
                .param("entityType", a.entityType().name())
                .param("category", a.category())
                .param("markets", a.overseasMarkets().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("factory", a.factoryProgram())
                .param("status", a.status().name())
                .param("submittedAt", Timestamp.from(a.submittedAt()))
                .update();
    }

    List<MerchantApplication> findByUsername(String username) {
        return jdbc.sql("select * from merchant_application where username = ?")
                .param(username).query(MerchantApplicationRepository::map).list();
    }

    private static MerchantApplication map(ResultSet rs, int row) throws SQLException {
        var markets = EnumSet.noneOf(Market.class);
        Arrays.stream(rs.getString("overseas_markets").split(","))
                .filter(s -> !s.isEmpty()).map(Market::valueOf).forEach(markets::add);
        return new MerchantApplication(
                rs.getString("application_id"),
                rs.getString("username"),
                rs.getString("merchant_name"),
                rs.getString("contact_email"),
                EntityType.valueOf(rs.getString("entity_type")),
                rs.getString("category"),
                markets,
                rs.getBoolean("factory_program"),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("submitted_at").toInstant());
    }
}
