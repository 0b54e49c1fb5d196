package de.kommunale2030.plattform.identity;

import java.util.UUID;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts of the bound tenant. Row-level security confines every statement to that tenant.
 */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID createWithInitialPassword(TenantId tenant, Username username, String passwordHash, Role role) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.account (tenant_id, id, username, password_hash, password_change_required, roles)
                VALUES (:tenant, :id, :username, :hash, true, ARRAY[:role])
                """)
            .param("tenant", tenant.value())
            .param("id", id)
            .param("username", username.value())
            .param("hash", passwordHash)
            .param("role", role.name())
            .update();
        return id;
    }
}
