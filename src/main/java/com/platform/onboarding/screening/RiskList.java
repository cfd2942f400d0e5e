package com.platform.onboarding.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RiskList {

    private final JdbcClient jdbc;

    RiskList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(RiskListEntry e) {
        jdbc.sql("""
                insert into risk_list_entry (id, merchant_name, credit_code, reason, note, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(e.id(), e.merchantName(), e.creditCode(), e.reason().name(), e.note(), e.createdBy(),
                Timestamp.from(e.createdAt())).update();
    }

    boolean remove(String id) {
        return jdbc.sql("delete from risk_list_entry where id = ?").param(id).update() > 0;
    }

    List<RiskListEntry> all() {
        return jdbc.sql("select * from risk_list_entry order by created_at").query(RiskList::map).list();
    }

    List<RiskListEntry> byCreditCode(String creditCode) {
        return jdbc.sql("select * from risk_list_entry where credit_code = ?").param(creditCode).query(RiskList::map).list();
    }

    /** Names are few per list and compared after normalising, which SQL collations do not do alike on H2 and PostgreSQL. */
    List<RiskListEntry> withName() {
        return jdbc.sql("select * from risk_list_entry where merchant_name is not null").query(RiskList::map).list();
    }

    private static RiskListEntry map(ResultSet rs, int row) throws SQLException {
        return new RiskListEntry(rs.getString("id"), rs.getString("merchant_name"), rs.getString("credit_code"),
                RiskReason.valueOf(rs.getString("reason")), rs.getString("note"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
