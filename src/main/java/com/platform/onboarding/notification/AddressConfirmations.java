package com.platform.onboarding.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's contact address is confirmed by the link in the first e-mail; until then nothing else is sent to it
 * (whoever registers could otherwise have us mail any stranger). Messages to other addresses (ops) are never held.
 */
@Service
public class AddressConfirmations {

    public enum Outcome { CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Duration validity;
    private final String publicUrl;
    private final Environment environment;
    private final List<String> trustedDomains;

    AddressConfirmations(JdbcClient jdbc, ApplicationEventPublisher events,
            @Value("${onboarding.address-confirmation.validity:7d}") Duration validity,
            @Value("${onboarding.public-url:}") String publicUrl,
            @Value("${onboarding.address-confirmation.trusted-domains:}") List<String> trustedDomains,
            Environment environment) {
        this.jdbc = jdbc;
        this.events = events;
        this.validity = validity;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
        this.environment = environment;
        this.trustedDomains = trustedDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .filter(d -> !d.isEmpty()).toList();
    }

    /** In the registration's transaction: the address waits for its link, unless its domain is trusted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void open(String applicationId, String address) {
        // A link's validity is real time, as for any credential, not the engine clock that tests move.
        Instant now = Instant.now();
        jdbc.sql("""
                insert into address_confirmation (application_id, address, token, expires_at, confirmed_at)
                values (?, ?, ?, ?, ?)
                """).params(applicationId, address, newToken(), Timestamp.from(now.plus(validity)),
                trusted(address) ? Timestamp.from(now) : null).update();
    }

    /** A fresh link (the old one stops working), for a merchant whose link expired or whose e-mail was lost. */
    @Transactional
    public boolean renew(String applicationId) {
        return jdbc.sql("update address_confirmation set token = ?, expires_at = ? where application_id = ? and confirmed_at is null")
                .params(newToken(), Timestamp.from(Instant.now().plus(validity)), applicationId).update() == 1;
    }

    /**
     * Confirms the address whose link carries this token, and starts again the delivery of every message held for it.
     * The row stays locked until then, so that a delivery deciding to hold a message waits for this and sees it.
     */
    @Transactional
    public Outcome confirm(String token) {
        record Row(String applicationId, Instant expiresAt, boolean confirmed) {}
        Optional<Row> found = jdbc.sql("select application_id, expires_at, confirmed_at from address_confirmation where token = ? for update")
                .param(token).query((rs, n) -> new Row(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) != null)).optional();
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        var row = found.get();
        if (row.confirmed()) {
            return Outcome.ALREADY_CONFIRMED;
        }
        if (row.expiresAt().isBefore(Instant.now())) {
            return Outcome.EXPIRED;
        }
        jdbc.sql("update address_confirmation set confirmed_at = ? where application_id = ?")
                .params(Timestamp.from(Instant.now()), row.applicationId()).update();
        var held = jdbc.sql("select id from notification where application_id = ? and held_at is not null and delivered_at is null order by created_at")
                .param(row.applicationId()).query(String.class).list();
        for (String id : held) {
            jdbc.sql("update notification set held_at = null where id = ?").param(id).update();
            events.publishEvent(new NotificationRecorded(id, row.applicationId()));
        }
        return Outcome.CONFIRMED;
    }

    /** Whether the application's address still waits for its link (never for one registered before links existed). */
    public boolean awaited(String applicationId) {
        return jdbc.sql("select count(*) from address_confirmation where application_id = ? and confirmed_at is null")
                .param(applicationId).query(Integer.class).single() > 0;
    }

    /**
     * Holds the message (committed at once) when it goes to its application's address, that address is not confirmed
     * and the message is not the one that carries the link; a staff alert belongs to no application and is never held. Applications registered before confirmation existed have
     * no row, and their mail goes out as before.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean hold(Notification n) {
        if (n.applicationId() == null || NotificationEvent.valueOf(n.event()).carriesConfirmationLink()) {
            return false;
        }
        var unconfirmed = jdbc.sql("select address from address_confirmation where application_id = ? and confirmed_at is null for update")
                .param(n.applicationId()).query(String.class).optional();
        if (unconfirmed.isEmpty() || !unconfirmed.get().equalsIgnoreCase(n.recipient())) {
            return false;
        }
        jdbc.sql("update notification set held_at = coalesce(held_at, ?) where id = ? and delivered_at is null")
                .params(Timestamp.from(Instant.now()), n.id()).update();
        return true;
    }

    /** The link the e-mail carries; the recorded text has a placeholder in its place. */
    String link(String applicationId) {
        return jdbc.sql("select token from address_confirmation where application_id = ?").param(applicationId)
                .query(String.class).optional().map(token -> base() + "/#/confirm/" + token)
                .orElse(NotificationEvent.LINK_PLACEHOLDER);
    }

    /** Unset: this node itself, on the port it listens on (known only once it listens; "server.port" may be 0). */
    private String base() {
        if (!publicUrl.isEmpty()) {
            return publicUrl;
        }
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }

    private boolean trusted(String address) {
        String domain = address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return trustedDomains.contains(domain);
    }

    private static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
