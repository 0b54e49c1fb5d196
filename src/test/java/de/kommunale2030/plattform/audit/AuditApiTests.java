package de.kommunale2030.plattform.audit;

import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.audit.format.ExportVerifier;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log as auditors and administrators meet it over HTTPS: sign-ins and administration are
 * recorded with ids only, auditors verify, search and export, and an action whose entry cannot be
 * written does not happen.
 */
class AuditApiTests extends PlatformTest {


    @Autowired
    ChainVerification verification;

    String ags;

    TenantId tenant;

    PlatformClient admin;

    PlatformClient auditor;

    @BeforeEach
    void tenantWithAdminAndAuditor() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Prüfstadt", Username.of("admin"));
        ags = onboarded.tenant().ags().value();
        tenant = onboarded.tenant().id();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        var created = admin.post("/api/v1/users", Map.of("username", "r.pruefer", "displayName", "Renate Prüfer", "roles",
                List.of("AUDIT")));
        assertThat(created.status()).isEqualTo(201);
        auditor = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "r.pruefer", created.json().get("initialPassword").asString());
    }

    @Test
    void signInsAndAdministrationAreRecordedWithIdsOnly() {
        var wrong = new PlatformClient(DATA_DIRECTORY, port).withCsrf()
            .post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", "falsch-falsch-falsch"));
        assertThat(wrong.status()).isEqualTo(401);

        var page = auditor.get("/api/v1/audit/entries?size=200");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        var actions = page.json().get("entries").valueStream().map(entry -> entry.get("action").asString()).toList();
        assertThat(actions).contains("identity.sign-in", "identity.password.change", "identity.second-factor.enrol",
                "identity.account.created", "identity.sign-in.wrong-password", "audit.search");
        assertThat(page.body()).doesNotContain("Renate", "Prüfer", "r.pruefer", "falsch", "127.0.0.1");
        var created = page.json().get("entries").valueStream()
            .filter(entry -> entry.get("action").asString().equals("identity.account.created"))
            .findFirst()
            .orElseThrow();
        assertThat(created.get("actorType").asString()).isEqualTo("USER");
        assertThat(created.get("actorRoles").asString()).isEqualTo("MANDANTEN_ADMIN");
        assertThat(created.get("requestId").asString()).hasSize(36);
        assertThat(created.get("resourceType").asString()).isEqualTo("account");

        var refused = auditor.get("/api/v1/audit/entries?action=identity.sign-in&outcome=DENIED");
        assertThat(refused.json().get("entries").valueStream().map(entry -> entry.get("action").asString()).toList())
            .containsExactly("identity.sign-in.wrong-password");
    }

    @Test
    void onboardingOrgUnitsAndSessionLimitsAreRecordedInTheKommunesChain() {
        var unit = admin.post("/api/v1/org-units", Map.of("key", "kaemmerei", "name", "Kämmerei"));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        assertThat(admin.put("/api/v1/settings/sessions", Map.of("idleMinutes", 20, "absoluteMinutes", 480)).status())
            .isEqualTo(200);

        var entries = auditor.get("/api/v1/audit/entries?size=200").json().get("entries");
        var byAction = new java.util.HashMap<String, tools.jackson.databind.JsonNode>();
        entries.valueStream().forEach(entry -> byAction.putIfAbsent(entry.get("action").asString(), entry));
        var onboard = byAction.get("tenancy.tenant.onboard");
        assertThat(onboard.get("seq").asLong()).as("the Kommune's chain begins with its onboarding").isOne();
        assertThat(onboard.get("actorType").asString()).isEqualTo("CLI");
        assertThat(onboard.get("resourceId").asString()).isEqualTo(tenant.value().toString());
        var unitEntry = byAction.get("identity.org-unit.created");
        assertThat(unitEntry.get("resourceId").asString()).isEqualTo(unit.json().get("id").asString());
        assertThat(unitEntry.get("actorRoles").asString()).isEqualTo("MANDANTEN_ADMIN");
        assertThat(byAction.get("identity.session-policy.changed").get("actorType").asString()).isEqualTo("USER");
        assertThat(entries.toString()).doesNotContain("Kämmerei", "kaemmerei");
    }

    @Test
    void everyReadOfASignedInCallerIsRecordedBeforeItHappens() throws Exception {
        var users = admin.get("/api/v1/users");
        assertThat(users.status()).isEqualTo(200);
        var auditorId = users.json().valueStream()
            .filter(user -> user.get("username").asString().equals("r.pruefer"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
        assertThat(admin.get("/api/v1/users/" + auditorId).status()).isEqualTo(200);
        var reads = auditor.get("/api/v1/audit/entries?action=api.read").json().get("entries");
        assertThat(reads.valueStream().map(entry -> entry.get("resourceType").asString() + " " + entry.get("resourceId").asString())
            .toList()).contains("users all", "users " + auditorId);

        AuditStorageFault.whileFailing(this::superuser, tenant, () -> {
            var refused = admin.get("/api/v1/users");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body()).doesNotContain("r.pruefer");
        });
    }

    @Test
    void refusedRequestsOfSignedInCallersAreRecorded() {
        assertThat(auditor.post("/api/v1/users", Map.of("username", "x.versuch", "roles", List.of("MANDANTEN_ADMIN")))
            .status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/audit/entries").status()).isEqualTo(403);
        var refused = auditor.get("/api/v1/audit/entries?action=protection.access.refuse").json().get("entries");
        assertThat(refused.valueStream().map(entry -> entry.get("resourceId").asString() + " " + entry.get("actorRoles").asString())
            .toList()).containsExactlyInAnyOrder("POST AUDIT", "GET MANDANTEN_ADMIN");
        assertThat(refused.valueStream().allMatch(entry -> entry.get("outcome").asString().equals("DENIED"))).isTrue();
    }

    @Test
    void aRefusedTokenNamingAnUnknownTenantIsRecordedInThePlatformsChainOnly() throws Exception {
        var invented = java.util.UUID.randomUUID();
        var token = "k2030_" + invented.toString().replace("-", "") + "_" + java.util.UUID.randomUUID().toString().replace("-", "")
                + "_" + "A".repeat(43);
        assertThat(new PlatformClient(DATA_DIRECTORY, port).withBearer(token).get("/api/v1/me").status()).isEqualTo(401);
        try (var connection = superuser(); var count = connection.prepareStatement(
                "SELECT count(*) FROM audit.entry WHERE tenant_id = ?")) {
            count.setObject(1, invented);
            var rows = count.executeQuery();
            rows.next();
            assertThat(rows.getLong(1)).as("no chain for a tenant that does not exist").isZero();
        }
    }

    @Test
    void aSignInForAnUnknownKommuneIsRecordedInThePlatformsChain() {
        var platform = tenants.platform();
        var before = verification.verify(platform).entries();
        var unknown = new PlatformClient(DATA_DIRECTORY, port).withCsrf()
            .post("/api/v1/session", Map.of("tenant", "09999998", "username", "admin", "password", "irgendein-passwort"));
        assertThat(unknown.status()).isEqualTo(401);
        var after = verification.verify(platform);
        assertThat(after.intact()).isTrue();
        assertThat(after.entries()).isGreaterThan(before);
    }

    @Test
    void auditorsVerifyAndExportAndTheExportVerifiesOffline() {
        var verified = auditor.get("/api/v1/audit/verification");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("intact").asBoolean()).isTrue();
        var key = auditor.get("/api/v1/audit/signing-key").json();

        var export = auditor.get("/api/v1/audit/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-" + ags + ".jsonl");
        var result = new ExportVerifier()
            .verify(new java.io.ByteArrayInputStream(export.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    key.get("fingerprint").asString());
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(export.body()).contains("\"action\":\"audit.export\"").contains("\"action\":\"audit.verify\"");

        var csv = auditor.get("/api/v1/audit/export?format=csv&from=2000-01-01");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("seq;time;actorType");
        assertThat(auditor.get("/api/v1/audit/export?format=pdf").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit/entries?from=gestern").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit/entries?size=100000").status()).isEqualTo(400);
    }

    @Test
    void onlyTheDataProtectionOfficerSetsTheRetentionPeriodAndTheChangeIsRecorded() {
        var current = auditor.get("/api/v1/audit/retention");
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.json().get("months").asInt()).isEqualTo(24);
        assertThat(current.json().get("prunedUpTo").asLong()).isZero();
        assertThat(auditor.put("/api/v1/audit/retention", Map.of("months", 6)).status()).isEqualTo(403);
        assertThat(admin.put("/api/v1/audit/retention", Map.of("months", 6)).status()).isEqualTo(403);

        var created = admin.post("/api/v1/users", Map.of("username", "d.schutz", "displayName", "Dana Schutz", "roles",
                List.of("DATENSCHUTZ")));
        var officer = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "d.schutz", created.json().get("initialPassword").asString());
        for (Object bad : List.of(Map.of("months", 3), Map.of("months", 400), Map.of(), "zwölf")) {
            var refused = officer.put("/api/v1/audit/retention", bad);
            assertThat(refused.status()).as(String.valueOf(bad)).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        }
        assertThat(officer.put("/api/v1/audit/retention", Map.of("months", 3)).json().get("detail").asString())
            .contains("zwischen 6 und 360 Monaten");
        var changed = officer.put("/api/v1/audit/retention", Map.of("months", 120));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/audit/retention").json().get("months").asInt()).isEqualTo(120);

        var recorded = auditor.get("/api/v1/audit/entries?action=audit.retention").json().get("entries");
        assertThat(recorded.size()).isOne();
        assertThat(recorded.get(0).get("resourceId").asString()).isEqualTo("P120M");
        assertThat(recorded.get(0).get("actorRoles").asString()).isEqualTo("DATENSCHUTZ");
    }

    @Test
    void anAdministrativeChangeWhoseEntryCannotBeWrittenDoesNotHappen() throws Exception {
        AuditStorageFault.whileFailing(this::superuser, tenant, () -> {
            var refused = admin.post("/api/v1/users", Map.of("username", "n.niemand", "roles", List.of("SACHBEARBEITUNG")));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
            assertThat(refused.body()).contains("nicht protokolliert").doesNotContain("disk full", "Exception");
        });
        var users = admin.get("/api/v1/users").body();
        assertThat(users).doesNotContain("n.niemand");
        assertThat(verification.verify(tenant).intact()).isTrue();
    }
}
