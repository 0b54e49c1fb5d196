package de.kommunale2030.plattform.tenancy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.OnboardedTenant;
import de.kommunale2030.plattform.identity.Username;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adversarial checks of tenant separation through the application role, the real transaction
 * manager and PostgreSQL's row-level security, on {@code identity.account}.
 */
class TenantIsolationTests extends PlatformTest {

    OnboardedTenant a;
    OnboardedTenant b;

    @BeforeEach
    void twoTenants() {
        a = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde A", Username.of("admin.a"));
        b = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde B", Username.of("admin.b"));
    }

    @Test
    void aTenantSeesOnlyItsOwnAccounts() {
        var visible = inTenant(b.tenant().id(), () -> jdbc.sql("SELECT tenant_id FROM identity.account")
            .query(UUID.class)
            .list());
        assertThat(visible).isNotEmpty().containsOnly(b.tenant().id().value());
    }

    @Test
    void anotherTenantsRowIsInvisibleEvenByExplicitId() {
        var foreign = inTenant(b.tenant().id(),
                () -> jdbc.sql("SELECT count(*) FROM identity.account WHERE tenant_id = :a")
                    .param("a", a.tenant().id().value())
                    .query(Long.class)
                    .single());
        assertThat(foreign).isZero();
    }

    @Test
    void anotherTenantsRowCannotBeModified() {
        var updated = inTenant(b.tenant().id(),
                () -> jdbc.sql("UPDATE identity.account SET password_change_required = false WHERE tenant_id = :a")
                    .param("a", a.tenant().id().value())
                    .update());
        assertThat(updated).isZero();
        var stillRequired = inTenant(a.tenant().id(),
                () -> jdbc.sql("SELECT bool_and(password_change_required) FROM identity.account")
                    .query(Boolean.class)
                    .single());
        assertThat(stillRequired).isTrue();
    }

    @Test
    void rowsCannotBeWrittenIntoAnotherTenant() {
        assertThatThrownBy(() -> inTenant(b.tenant().id(), () -> jdbc.sql("""
                INSERT INTO identity.account (tenant_id, id, username, password_hash, password_change_required, roles)
                VALUES (:a, gen_random_uuid(), 'intruder', 'x', true, ARRAY['MANDANTEN_ADMIN'])
                """).param("a", a.tenant().id().value()).update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void rowsCannotMoveToAnotherTenant() {
        assertThatThrownBy(() -> inTenant(b.tenant().id(),
                () -> jdbc.sql("UPDATE identity.account SET tenant_id = :a")
                    .param("a", a.tenant().id().value())
                    .update()))
            .isInstanceOf(DataAccessException.class)
            .rootCause()
            .hasMessageContaining("violates row-level security policy");
    }

    @Test
    void aTransactionWithoutTenantSeesNoTenantRows() {
        assertThat(TenantContext.current()).isEmpty();
        var count = transactions.execute(status -> jdbc.sql("SELECT count(*) FROM identity.account")
            .query(Long.class)
            .single());
        assertThat(count).isZero();
        var outsideTransaction = jdbc.sql("SELECT count(*) FROM identity.account").query(Long.class).single();
        assertThat(outsideTransaction).isZero();
    }

    @Test
    void aTransactionWithoutTenantCannotWriteTenantRows() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO identity.account (tenant_id, id, username, password_hash, password_change_required, roles)
                VALUES (:a, gen_random_uuid(), 'ghost', 'x', true, ARRAY['MANDANTEN_ADMIN'])
                """).param("a", a.tenant().id().value()).update()))
            .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theTenantCannotChangeInsideATransaction() {
        assertThatThrownBy(() -> inTenant(a.tenant().id(),
                () -> TenantContext.callAs(b.tenant().id(), () -> "switched")))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pooledConnectionsNeverShowAForeignRow() throws Exception {
        var c = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde C", Username.of("admin.c"));
        var tenants = List.of(a.tenant().id(), b.tenant().id(), c.tenant().id());
        var executor = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int thread = 0; thread < 12; thread++) {
                var offset = thread;
                tasks.add(() -> {
                    int checked = 0;
                    for (int i = 0; i < 150; i++) {
                        var tenant = tenants.get((offset + i) % tenants.size());
                        var seen = inTenant(tenant, () -> jdbc.sql("SELECT tenant_id FROM identity.account")
                            .query(UUID.class)
                            .list());
                        assertThat(seen).hasSize(1).containsOnly(tenant.value());
                        checked++;
                    }
                    return checked;
                });
            }
            int total = 0;
            for (var result : executor.invokeAll(tasks)) {
                total += result.get();
            }
            assertThat(total).isEqualTo(12 * 150);
        }
        finally {
            executor.shutdown();
            assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

}
