package com.platform.onboarding.merchant;

import java.sql.Timestamp;
import java.util.Optional;
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

    boolean updateStatus(String applicationId, ApplicationStatus status, String reason) {
        return jdbc.sql("update merchant_application set status = ?, status_reason = ? where application_id = ?")
                .params(status.name(), reason, applicationId).update() > 0;
    }

    Optional<String> findUsername(String applicationId) {
        return jdbc.sql("select username from merchant_application where application_id = ?")
                .param(applicationId).query(String.class).optional();
    }
}
