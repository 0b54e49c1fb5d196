package de.kommunale2030.plattform.klartext;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Set;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each Kommune's {@link Preferences}, in its own row under row-level security. */
@Repository
class PreferencesStore {

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final AuditLog audit;
    private final KlartextSettings settings;

    PreferencesStore(JdbcClient jdbc, TenantTransactions transactions, AuditLog audit, KlartextSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.settings = settings;
    }

    Preferences of(TenantId tenant) {
        // row-level security already limits the rows to the tenant; the condition says so where it is read
        return transactions.callAs(tenant, () -> jdbc
            .sql("SELECT days_after_posting, language_model, kept_terms, masked_terms FROM klartext.settings WHERE tenant_id = :tenant")
            .param("tenant", tenant.value())
            .query((rs, row) -> new Preferences(rs.getInt(1), rs.getBoolean(2), terms(rs.getArray(3)),
                    terms(rs.getArray(4))))
            .optional()
            .orElseGet(() -> Preferences.defaults(settings)));
    }

    /** Stores the choice and records {@code klartext.settings.change} with it (ids only). */
    void change(TenantId tenant, Preferences preferences) {
        transactions.runAs(tenant, () -> {
            jdbc.sql("""
                    INSERT INTO klartext.settings (tenant_id, days_after_posting, language_model, kept_terms, masked_terms)
                    VALUES (:tenant, :days, :model, :kept, :masked)
                    ON CONFLICT (tenant_id) DO UPDATE SET days_after_posting = :days, language_model = :model,
                        kept_terms = :kept, masked_terms = :masked
                    """)
                .param("tenant", tenant.value())
                .param("days", preferences.daysAfterPosting())
                .param("model", preferences.languageModel())
                .param("kept", preferences.keptTerms().stream().sorted().toArray(String[]::new))
                .param("masked", preferences.maskedTerms().stream().sorted().toArray(String[]::new))
                .update();
            audit.record(AuditEvent.of(tenant, Actor.current(), "klartext.settings.change", Outcome.ALLOWED)
                .on("tenant", tenant.value()));
        });
    }

    private static Set<String> terms(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
