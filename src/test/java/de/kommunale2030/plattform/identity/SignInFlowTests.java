package de.kommunale2030.plattform.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in state machine end to end over HTTPS, with real sessions in PostgreSQL.
 */
class SignInFlowTests extends PlatformTest {

    static final String NEW_PASSWORD = "Hafenkran-Wendeltreppe-7";

    @Test
    void signsInWithPasswordChangeEnrolmentAndSecondFactor() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Musterhausen", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var browser = client();

        var started = browser.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password",
                tenant.initialPassword()));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().get("status").asString()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(browser.get("/api/v1/me").status()).as("no access before the sign-in is complete").isEqualTo(401);

        var common = browser.post("/api/v1/session/password", Map.of("newPassword", "password1234"));
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("title").asString()).isEqualTo("Passwort nicht zulässig");
        var tooShort = browser.post("/api/v1/session/password", Map.of("newPassword", "Kurz-1"));
        assertThat(tooShort.status()).isEqualTo(400);

        var changed = browser.post("/api/v1/session/password", Map.of("newPassword", NEW_PASSWORD));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("status").asString()).isEqualTo("MFA_ENROLLMENT_REQUIRED");
        var skipped = browser.post("/api/v1/session/mfa", Map.of("code", "123456"));
        assertThat(skipped.status()).as("the second factor cannot be skipped: %s", skipped.body()).isEqualTo(409);

        var enrolment = browser.post("/api/v1/session/mfa/enrollment", Map.of());
        assertThat(enrolment.status()).isEqualTo(200);
        var secret = Base32.decode(enrolment.json().get("secret").asString());
        assertThat(enrolment.json().get("otpauthUri").asString()).startsWith("otpauth://totp/")
            .contains("secret=" + enrolment.json().get("secret").asString())
            .contains("period=30")
            .contains("digits=6");

        var enrolStep = Totp.step(Instant.now());
        var confirmed = browser.post("/api/v1/session/mfa/enrollment/confirm",
                Map.of("code", Totp.code(secret, enrolStep)));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("AUTHENTICATED");
        List<String> recovery = new ArrayList<>();
        confirmed.json().get("recoveryCodes").forEach(code -> recovery.add(code.asString()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        var me = browser.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("admin");
        assertThat(me.json().get("tenant").get("ags").asString()).isEqualTo(ags);
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"MANDANTEN_ADMIN\"]");
        assertThat(me.json().get("permissions").toString()).contains("user:manage").doesNotContain("person:read");

        assertThat(browser.delete("/api/v1/session").status()).isEqualTo(204);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);

        // second sign-in: the code used at enrolment is spent
        var again = client();
        var second = again.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", NEW_PASSWORD));
        assertThat(second.json().get("status").asString()).isEqualTo("MFA_REQUIRED");
        assertThat(again.post("/api/v1/session/mfa", Map.of("code", Totp.code(secret, enrolStep))).status())
            .as("a TOTP code is accepted once")
            .isEqualTo(401);
        var withRecovery = again.post("/api/v1/session/mfa", Map.of("code", recovery.getFirst().toLowerCase()));
        assertThat(withRecovery.status()).isEqualTo(200);
        assertThat(again.get("/api/v1/me").status()).isEqualTo(200);

        var third = client();
        third.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", NEW_PASSWORD));
        assertThat(third.post("/api/v1/session/mfa", Map.of("code", recovery.getFirst())).status())
            .as("a recovery code is accepted once")
            .isEqualTo(401);
        var nextStep = third.post("/api/v1/session/mfa", Map.of("code", Totp.code(secret, enrolStep + 1)));
        assertThat(nextStep.status()).as("the next step is still within the window").isEqualTo(200);
        assertThat(jdbc.sql("SELECT attribute_bytes FROM identity.spring_session_attributes").query(byte[].class).list())
            .as("session attributes are JSON, never a Java serialisation stream")
            .isNotEmpty()
            .allSatisfy(stored -> assertThat(stored[0]).isEqualTo((byte) '{'));
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Sperrberg", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var attacker = client();
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.post("/api/v1/session",
                    Map.of("tenant", ags, "username", "admin", "password", "falsch-" + i + "-passwort")).status())
                .isEqualTo(401);
        }
        var owner = client();
        var rightPassword = owner.post("/api/v1/session",
                Map.of("tenant", ags, "username", "admin", "password", tenant.initialPassword()));
        assertThat(rightPassword.status()).isEqualTo(401);
        assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void unknownTenantUnknownUserWrongPasswordAndLockedAccountAnswerTheSame() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Gleichklang", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var locked = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Gesperrt", Username.of("admin"));
        var client = client();
        for (int i = 0; i < 5; i++) {
            client.post("/api/v1/session", Map.of("tenant", locked.tenant().ags().value(), "username", "admin", "password",
                    "falsch-falsch-" + i));
        }
        var answers = List.of(
                client.post("/api/v1/session", Map.of("tenant", "09999999", "username", "admin", "password", "x")),
                client.post("/api/v1/session", Map.of("tenant", "kein-ags", "username", "admin", "password", "x")),
                client.post("/api/v1/session", Map.of("tenant", ags, "username", "niemand", "password", "x")),
                client.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", "falsch")),
                client.post("/api/v1/session",
                        Map.of("tenant", locked.tenant().ags().value(), "username", "admin", "password",
                                locked.initialPassword())));
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(answers.getFirst().body());
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        });
        assertThat(answers.getFirst().json().get("title").asString()).isEqualTo("Anmeldung fehlgeschlagen");
    }

    @Test
    void aUserOfOneTenantCannotSignInToAnother() {
        var a = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde A", Username.of("admin.a"));
        var b = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde B", Username.of("admin.b"));
        var client = client();
        var wrongTenant = client.post("/api/v1/session", Map.of("tenant", b.tenant().ags().value(), "username", "admin.a",
                "password", a.initialPassword()));
        assertThat(wrongTenant.status()).isEqualTo(401);
    }

    @Test
    void stateChangingRequestsWithoutCsrfTokenAreRefused() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Ohnetoken", Username.of("admin"));
        var client = new PlatformClient(DATA_DIRECTORY, port);
        var response = client.postWithoutCsrf("/api/v1/session", Map.of("tenant", tenant.tenant().ags().value(),
                "username", "admin", "password", tenant.initialPassword()));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("CSRF");
    }

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Zweisitz", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var first = client();
        var second = client();
        for (var client : List.of(first, second)) {
            assertThat(client.post("/api/v1/session",
                    Map.of("tenant", ags, "username", "admin", "password", tenant.initialPassword())).status())
                .isEqualTo(200);
        }
        var account = jdbc.sql("SELECT principal_name FROM identity.spring_session WHERE principal_name IS NOT NULL")
            .query(String.class)
            .list();
        var accountId = sessionsPrincipal(tenant);
        assertThat(account).contains(accountId);
        assertThat(sessionsOf(accountId)).isEqualTo(2);

        assertThat(first.post("/api/v1/session/password", Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(200);

        assertThat(sessionsOf(accountId)).isEqualTo(1);
        assertThat(second.post("/api/v1/session/password", Map.of("newPassword", NEW_PASSWORD + "x")).status())
            .as("the other session is gone")
            .isIn(401, 403);
    }

    @Test
    void aSignedInPersonChangesTheirPasswordAndEndsTheirOtherSessions() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Selbstdienst", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var laptop = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", tenant.initialPassword());
        var recovery = client();
        recovery.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", Staff.PASSWORD));

        assertThat(laptop.post("/api/v1/me/password", Map.of("currentPassword", "falsch-falsch-falsch", "newPassword",
                NEW_PASSWORD)).status()).as("the current password is checked").isEqualTo(401);
        assertThat(laptop.post("/api/v1/me/password", Map.of("currentPassword", Staff.PASSWORD, "newPassword",
                "password1234")).status()).as("the policy applies").isEqualTo(400);
        assertThat(laptop.post("/api/v1/me/password", Map.of("currentPassword", Staff.PASSWORD, "newPassword",
                NEW_PASSWORD)).status()).isEqualTo(204);

        assertThat(laptop.get("/api/v1/me").status()).as("this session stays").isEqualTo(200);
        assertThat(recovery.post("/api/v1/session/mfa", Map.of("code", "123456")).status())
            .as("the other session is gone")
            .isIn(401, 403);
        assertThat(client().post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", Staff.PASSWORD))
            .status()).as("the old password no longer works").isEqualTo(401);
        assertThat(client().post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", NEW_PASSWORD))
            .status()).isEqualTo(200);
    }

    @Test
    void aPasswordWithUmlautsIsTheSameComposedOrDecomposed() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Umlaut", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var first = client();
        first.post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", tenant.initialPassword()));
        var composed = "Grüße-aus-Köln-\u00e4\u00f6\u00fc";
        assertThat(first.post("/api/v1/session/password", Map.of("newPassword", composed)).status()).isEqualTo(200);

        var decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        var second = client().post("/api/v1/session", Map.of("tenant", ags, "username", "admin", "password", decomposed));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("status").asString()).isEqualTo("MFA_ENROLLMENT_REQUIRED");
    }

    @Test
    void aPasswordHashedWithWeakerParametersIsRehashedAtSignIn() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Altbestand", Username.of("admin"));
        var weak = new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 7168, 1)
            .encode(tenant.initialPassword());
        inTenant(tenant.tenant().id(), () -> jdbc.sql("UPDATE identity.account SET password_hash = :hash")
            .param("hash", weak)
            .update());

        var signedIn = client().post("/api/v1/session", Map.of("tenant", tenant.tenant().ags().value(), "username", "admin",
                "password", tenant.initialPassword()));

        assertThat(signedIn.status()).isEqualTo(200);
        var hash = inTenant(tenant.tenant().id(),
                () -> jdbc.sql("SELECT password_hash FROM identity.account").query(String.class).single());
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(weak);
    }

    private String sessionsPrincipal(OnboardedTenant tenant) {
        return inTenant(tenant.tenant().id(), () -> jdbc.sql("SELECT id::text FROM identity.account").query(String.class).single());
    }

    private long sessionsOf(String accountId) {
        return jdbc.sql("SELECT count(*) FROM identity.spring_session WHERE principal_name = :account")
            .param("account", accountId)
            .query(Long.class)
            .single();
    }

    private PlatformClient client() {
        return new PlatformClient(DATA_DIRECTORY, port).withCsrf();
    }
}
