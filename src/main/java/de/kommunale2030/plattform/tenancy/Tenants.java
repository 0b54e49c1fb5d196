package de.kommunale2030.plattform.tenancy;

import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of tenants. Tenant names and AGS are public facts about a Kommune, not personal
 * data, so the register itself is readable before a tenant is bound (a login names its AGS).
 */
@Service
public class Tenants {

    private final JdbcClient jdbc;

    private static final java.security.SecureRandom SCRATCH_AGS = new java.security.SecureRandom();

    Tenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @throws TenantAlreadyExists when the AGS is registered already; nothing is written then
     */
    @Transactional
    public Tenant register(Tenant tenant) {
        try {
            jdbc.sql("INSERT INTO tenancy.tenant (id, ags, name) VALUES (:id, :ags, :name)")
                .param("id", tenant.id().value())
                .param("ags", tenant.ags().value())
                .param("name", tenant.name())
                .update();
            return tenant;
        }
        catch (DuplicateKeyException e) {
            throw new TenantAlreadyExists(tenant.ags());
        }
    }

    /**
     * A tenant under a random AGS of Land 16, tried again on collision: for the benchmark commands,
     * which run on scratch data directories only.
     */
    public Tenant registerScratch(String name) {
        for (int attempt = 0; ; attempt++) {
            try {
                return register(new Tenant(TenantId.random(), Ags.of(String.format("16%06d", SCRATCH_AGS.nextInt(1_000_000))),
                        name));
            }
            catch (TenantAlreadyExists e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> findByAgs(Ags ags) {
        return jdbc.sql("SELECT id, ags, name FROM tenancy.tenant WHERE ags = :ags")
            .param("ags", ags.value())
            .query(Tenants::tenant)
            .optional();
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> findById(TenantId id) {
        return jdbc.sql("SELECT id, ags, name FROM tenancy.tenant WHERE id = :id AND kind = 'KOMMUNE'")
            .param("id", id.value())
            .query(Tenants::tenant)
            .optional();
    }

    /** Every Kommune, ordered by AGS. */
    @Transactional(readOnly = true)
    public java.util.List<Tenant> all() {
        return jdbc.sql("SELECT id, ags, name FROM tenancy.tenant WHERE kind = 'KOMMUNE' ORDER BY ags").query(Tenants::tenant).list();
    }

    /** The reserved tenant of the platform's operators, if any operator was ever created. */
    @Transactional(readOnly = true)
    public Optional<TenantId> findPlatform() {
        return jdbc.sql("SELECT id FROM tenancy.tenant WHERE kind = 'PLATTFORM'").query(UUID.class).optional().map(TenantId::new);
    }

    /**
     * The reserved tenant of the platform's operators (no Kommune, no AGS), created on first use.
     */
    @Transactional
    public TenantId platform() {
        jdbc.sql("""
                INSERT INTO tenancy.tenant (id, ags, name, kind) VALUES (:id, NULL, 'Plattform-Betrieb', 'PLATTFORM')
                ON CONFLICT DO NOTHING
                """).param("id", UUID.randomUUID()).update();
        return new TenantId(jdbc.sql("SELECT id FROM tenancy.tenant WHERE kind = 'PLATTFORM'").query(UUID.class).single());
    }

    private static Tenant tenant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Tenant(new TenantId(rs.getObject("id", UUID.class)), new Ags(rs.getString("ags")), rs.getString("name"));
    }
}
