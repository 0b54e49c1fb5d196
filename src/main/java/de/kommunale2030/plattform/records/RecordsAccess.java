package de.kommunale2030.plattform.records;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.identity.Memberships;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.privacy.Purpose;
import de.kommunale2030.plattform.privacy.Purposes;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.stereotype.Component;

/**
 * The two questions every records request answers first: for which purpose (named in
 * {@code X-Purpose}, refused and recorded if missing or unknown) and within which reach (the
 * caller's org units, or all with {@code case:read-all-units}).
 */
@Component
class RecordsAccess {

    static final String PURPOSE_HEADER = "X-Purpose";

    private final Purposes purposes;
    private final Memberships memberships;
    private final AuditLog audit;
    private final TenantTransactions transactions;

    RecordsAccess(Purposes purposes, Memberships memberships, AuditLog audit, TenantTransactions transactions) {
        this.purposes = purposes;
        this.memberships = memberships;
        this.audit = audit;
        this.transactions = transactions;
    }

    Acting caller() {
        return Acting.required();
    }

    /** @throws PurposeRefused (recorded as {@code action} DENIED) if none or an unknown one is named */
    Purpose purpose(Acting caller, String named, String action) {
        var key = named == null ? null : named.strip();
        if (key == null || key.isEmpty()) {
            refuse(caller, action, null);
            throw new PurposeRefused(true);
        }
        return purposes.find(key).orElseThrow(() -> {
            refuse(caller, action, key);
            return new PurposeRefused(false);
        });
    }

    Reach reach(Acting caller) {
        if (caller.holds(Permission.CASE_READ_ALL_UNITS)) {
            return new Reach(true, java.util.Set.of());
        }
        return new Reach(false, transactions.callAs(caller.tenant(), () -> memberships.unitsOf(caller.id())));
    }

    private void refuse(Acting caller, String action, String named) {
        var event = AuditEvent.of(caller.tenant(), Actor.current(), action, Outcome.DENIED);
        var purpose = Purposes.isKey(named) ? named : null;
        audit.record(purpose == null ? event : event.forPurpose(purpose));
    }
}
