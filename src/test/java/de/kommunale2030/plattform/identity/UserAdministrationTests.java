package de.kommunale2030.plattform.identity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.protection.AccessRule;
import de.kommunale2030.plattform.protection.AccessRules;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User administration and the permission matrix: every endpoint any module declares, called by
 * every role, answers 403 exactly when the role lacks the permission.
 */
class UserAdministrationTests extends PlatformTest {

    @Autowired
    List<AccessRules> accessRules;

    String ags;

    PlatformClient admin;

    @BeforeEach
    void tenantWithSignedInAdmin() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Rollenfeld", Username.of("admin"));
        ags = tenant.tenant().ags().value();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", tenant.initialPassword());
    }

    @Test
    void everyEndpointAnswersForbiddenExactlyWhenTheRoleLacksThePermission() {
        Map<Role, PlatformClient> staff = new EnumMap<>(Role.class);
        staff.put(Role.MANDANTEN_ADMIN, admin);
        for (var role : Role.values()) {
            if (role.assignableToTenantAccounts() && role != Role.MANDANTEN_ADMIN) {
                var username = role.name().toLowerCase().replace('_', '.');
                var created = createUser(username, List.of(role.name()));
                staff.put(role, Staff.firstSignIn(DATA_DIRECTORY, port, ags, username, created.get("initialPassword")));
            }
        }
        staff.put(Role.PLATTFORM_BETRIEB,
                OperatorTests.signedInOperator(DATA_DIRECTORY, port, "betrieb.m" + System.nanoTime() % 100_000));
        var anonymous = new PlatformClient(DATA_DIRECTORY, port).withCsrf();
        var rules = accessRules.stream().flatMap(module -> module.rules().stream())
            .filter(rule -> !AccessRule.ANYONE.equals(rule.permission()))
            .toList();
        assertThat(rules).isNotEmpty();
        for (var rule : rules) {
            var path = rule.pattern().replace("{id}", UUID.randomUUID().toString()).replace("**", "x");
            var method = rule.method() == null ? HttpMethod.GET : rule.method();
            assertThat(call(anonymous, method, path).status()).as("anonymous %s %s", method, path).isEqualTo(401);
            staff.forEach((role, client) -> {
                var status = call(client, method, path).status();
                var allowed = AccessRule.SIGNED_IN.equals(rule.permission())
                        || role.permissions().stream().anyMatch(p -> p.key().equals(rule.permission()));
                if (allowed) {
                    assertThat(status).as("%s %s as %s", method, path, role).isNotIn(401, 403);
                }
                else {
                    assertThat(status).as("%s %s as %s", method, path, role).isEqualTo(403);
                }
            });
        }
    }

    @Test
    void createsUsersWithRolesAndOrgUnitsAndAOneTimePassword() {
        assertThat(admin.post("/api/v1/org-units", Map.of("key", "ordnungsamt", "name", "Ordnungsamt")).status())
            .isEqualTo(201);
        var response = admin.post("/api/v1/users", Map.of("username", "k.schmidt", "displayName", "K. Schmidt", "roles",
                List.of("SACHBEARBEITUNG"), "orgUnits", List.of("ordnungsamt")));
        assertThat(response.status()).isEqualTo(201);
        var id = response.json().get("id").asString();
        assertThat(response.json().get("initialPassword").asString()).hasSize(20);
        var user = admin.get("/api/v1/users/" + id).json();
        assertThat(user.get("roles").toString()).isEqualTo("[\"SACHBEARBEITUNG\"]");
        assertThat(user.get("orgUnits").toString()).isEqualTo("[\"ordnungsamt\"]");
        assertThat(user.get("mfaEnrolled").asBoolean()).isFalse();

        assertThat(admin.post("/api/v1/users", Map.of("username", "k.schmidt", "roles", List.of("SACHBEARBEITUNG"))).status())
            .as("duplicate user name")
            .isEqualTo(400);
        assertThat(admin.post("/api/v1/users", Map.of("username", "x.y", "roles", List.of("PLATTFORM_BETRIEB"))).status())
            .as("the operator role is not for tenant accounts")
            .isEqualTo(400);
        assertThat(admin.post("/api/v1/users", Map.of("username", "x.y", "roles", List.of("SACHBEARBEITUNG"), "orgUnits",
                List.of("gibt-es-nicht"))).status()).isEqualTo(400);
    }

    @Test
    void deactivationEndsTheSessionsAndTheSignIn() {
        var created = createUser("d.aktiv", List.of("SACHBEARBEITUNG"));
        var user = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "d.aktiv", created.get("initialPassword"));
        assertThat(user.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/users/" + created.get("id") + "/deactivation", Map.of()).status()).isEqualTo(204);

        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        var again = new PlatformClient(DATA_DIRECTORY, port).withCsrf()
            .post("/api/v1/session", Map.of("tenant", ags, "username", "d.aktiv", "password", Staff.PASSWORD));
        assertThat(again.status()).isEqualTo(401);
    }

    @Test
    void resettingTheSecondFactorEndsSessionsAndRequiresANewEnrolment() {
        var created = createUser("m.reset", List.of("SACHBEARBEITUNG"));
        var user = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "m.reset", created.get("initialPassword"));

        assertThat(admin.post("/api/v1/users/" + created.get("id") + "/mfa-reset", Map.of()).status()).isEqualTo(204);

        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        var again = new PlatformClient(DATA_DIRECTORY, port).withCsrf()
            .post("/api/v1/session", Map.of("tenant", ags, "username", "m.reset", "password", Staff.PASSWORD));
        assertThat(again.json().get("status").asString()).isEqualTo("MFA_ENROLLMENT_REQUIRED");
    }

    @Test
    void anAdministratorCannotSeeOrChangeAccountsOfAnotherTenant() {
        var other = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Nebenan", Username.of("admin"));
        var otherAdmin = Staff.firstSignIn(DATA_DIRECTORY, port, other.tenant().ags().value(), "admin",
                other.initialPassword());
        var foreign = otherAdmin.get("/api/v1/me").json();
        assertThat(foreign.get("tenant").get("ags").asString()).isEqualTo(other.tenant().ags().value());
        var foreignId = otherAdmin.get("/api/v1/users").json().get(0).get("id").asString();

        assertThat(admin.get("/api/v1/users/" + foreignId).status()).isEqualTo(404);
        assertThat(admin.patch("/api/v1/users/" + foreignId, Map.of("displayName", "Übernommen")).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/users/" + foreignId + "/deactivation", Map.of()).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/users/" + foreignId + "/mfa-reset", Map.of()).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/users").json().toString()).doesNotContain(foreignId);
        assertThat(otherAdmin.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorCannotChangeOwnRolesOrDeactivateThemselves() {
        var me = admin.get("/api/v1/users").json().get(0).get("id").asString();
        assertThat(admin.patch("/api/v1/users/" + me, Map.of("roles", List.of("MANDANTEN_ADMIN", "SACHBEARBEITUNG"))).status())
            .isEqualTo(400);
        assertThat(admin.post("/api/v1/users/" + me + "/deactivation", Map.of()).status()).isEqualTo(400);
    }

    private Map<String, String> createUser(String username, List<String> roles) {
        var response = admin.post("/api/v1/users", Map.of("username", username, "roles", roles));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Map.of("id", response.json().get("id").asString(), "initialPassword",
                response.json().get("initialPassword").asString());
    }

    private static PlatformClient.Response call(PlatformClient client, HttpMethod method, String path) {
        if (HttpMethod.GET.equals(method)) {
            return client.get(path);
        }
        if (HttpMethod.DELETE.equals(method)) {
            return client.delete(path);
        }
        if (HttpMethod.PATCH.equals(method)) {
            return client.patch(path, Map.of());
        }
        if (HttpMethod.PUT.equals(method)) {
            return client.put(path, Map.of());
        }
        return client.post(path, Map.of());
    }
}
