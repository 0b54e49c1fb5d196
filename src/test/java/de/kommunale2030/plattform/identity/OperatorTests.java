package de.kommunale2030.plattform.identity;

import java.util.Map;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's operators: created on the command line, signing in with "BETRIEB" and a second
 * factor like everybody, managing the register of Kommunen but reading nothing inside one.
 */
class OperatorTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static PlatformClient signedInOperator(java.nio.file.Path dataDirectory, int port, String username) {
        var created = CliRun.on(dataDirectory, "operator", "create", "--username", username);
        assertThat(created.code()).as(created.err()).isZero();
        var initialPassword = JSON.readTree(created.out()).get("initialPassword").asString();
        return Staff.firstSignIn(dataDirectory, port, SignIn.PLATFORM, username, initialPassword);
    }

    @Test
    void anOperatorManagesTheRegisterOfKommunenButSeesNothingInside() {
        var operator = signedInOperator(DATA_DIRECTORY, port, "betrieb.a" + System.nanoTime() % 100_000);
        var me = operator.get("/api/v1/me").json();
        assertThat(me.get("roles").toString()).isEqualTo("[\"PLATTFORM_BETRIEB\"]");
        assertThat(me.get("tenant").get("name").asString()).isEqualTo("Plattform-Betrieb");
        assertThat(me.get("tenant").get("ags").isNull()).isTrue();

        var existing = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Register", Username.of("admin"));
        assertThat(operator.get("/api/v1/tenants").body()).contains(existing.tenant().ags().value())
            .doesNotContain("Plattform-Betrieb");

        var ags = freshAgs();
        var created = operator.post("/api/v1/tenants", Map.of("ags", ags, "name", "Neue Gemeinde", "admin", "admin"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("initialPassword").asString()).hasSize(20);
        // the new Kommune's audit chain begins with the operator who registered it
        var newTenant = new de.kommunale2030.plattform.tenancy.TenantId(
                java.util.UUID.fromString(created.json().get("tenantId").asString()));
        assertThat(inTenant(newTenant, () -> jdbc.sql("""
                SELECT action || ' ' || actor_type || ' ' || actor_roles FROM audit.entry WHERE tenant_id = :t ORDER BY seq""")
            .param("t", newTenant.value()).query(String.class).list()))
            .containsExactly("tenancy.tenant.onboard USER PLATTFORM_BETRIEB", "identity.account.created USER PLATTFORM_BETRIEB");
        var platform = tenants.platform();
        assertThat(inTenant(platform, () -> jdbc.sql("""
                SELECT count(*) FROM audit.entry WHERE tenant_id = :t AND action = 'identity.operator.created'""")
            .param("t", platform.value()).query(Long.class).single())).as("operator accounts are recorded").isPositive();
        assertThat(operator.post("/api/v1/tenants", Map.of("ags", ags, "name", "Doppelt", "admin", "admin")).status())
            .isEqualTo(409);
        assertThat(operator.post("/api/v1/tenants", Map.of("ags", "17000000", "name", "Falsch", "admin", "admin")).status())
            .isEqualTo(400);

        assertThat(operator.get("/api/v1/users").status()).as("no access to accounts of any tenant").isEqualTo(403);
        var kommuneAdmin = Staff.firstSignIn(DATA_DIRECTORY, port, existing.tenant().ags().value(), "admin",
                existing.initialPassword());
        assertThat(kommuneAdmin.get("/api/v1/tenants").status()).isEqualTo(403);
    }

    @Test
    void operatorNamesAreUniqueAndValidated() {
        var name = "betrieb.b" + System.nanoTime() % 100_000;
        assertThat(CliRun.on(DATA_DIRECTORY, "operator", "create", "--username", name).code()).isZero();
        var again = CliRun.on(DATA_DIRECTORY, "operator", "create", "--username", name);
        assertThat(again.code()).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(again.err()).contains("existiert bereits");
        assertThat(CliRun.on(DATA_DIRECTORY, "operator", "create", "--username", "a b").code())
            .isEqualTo(CommandLineInterface.USAGE);
    }

    @Test
    void nobodyCanSignInAsOperatorBeforeAnOperatorExistsOrWithAKommunePassword() {
        var kommune = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Verwechslung", Username.of("admin"));
        var attempt = new PlatformClient(DATA_DIRECTORY, port).withCsrf()
            .post("/api/v1/session", Map.of("tenant", SignIn.PLATFORM, "username", "admin", "password",
                    kommune.initialPassword()));
        assertThat(attempt.status()).isEqualTo(401);
    }
}
