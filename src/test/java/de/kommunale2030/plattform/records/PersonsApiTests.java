package de.kommunale2030.plattform.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data subjects over HTTPS as clerks, auditors and the data protection officer meet them: stored
 * encrypted, read back only with a purpose, searchable by exact name and birth date, invisible to
 * other Kommunen, erased by destroying their key.
 */
class PersonsApiTests extends PlatformTest {

    TenantId tenant;

    PlatformClient admin;

    PlatformClient clerk;

    @BeforeEach
    void kommuneWithClerk() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Personenfeld", Username.of("admin"));
        tenant = onboarded.tenant().id();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, onboarded.tenant().ags().value(), "admin", onboarded.initialPassword());
        clerk = staff(onboarded.tenant().ags().value(), "s.bearbeiter", "SACHBEARBEITUNG").withPurpose("grundsteuer");
    }

    PlatformClient staff(String ags, String username, String role) {
        return Staff.hired(admin, DATA_DIRECTORY, port, ags, username, role, List.of());
    }

    static Map<String, Object> erika() {
        var person = new LinkedHashMap<String, Object>();
        person.put("familyName", "Mustermann");
        person.put("givenNames", "Erika");
        person.put("birthDate", "1964-08-12");
        person.put("address", Map.of("street", "Heidestraße 17", "postalCode", "51147", "city", "Köln"));
        person.put("email", "erika@example.org");
        person.put("phone", "+49 221 1234567");
        return person;
    }

    @Test
    void aClerkCreatesAndReadsAPersonWithAPurposeAndBothAreRecorded() {
        var created = clerk.post("/api/v1/persons", erika());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var id = created.json().get("id").asString();
        assertThat(created.headers().firstValue("Location").orElseThrow()).isEqualTo("/api/v1/persons/" + id);

        var read = clerk.get("/api/v1/persons/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        var person = read.json();
        assertThat(person.get("familyName").asString()).isEqualTo("Mustermann");
        assertThat(person.get("givenNames").asString()).isEqualTo("Erika");
        assertThat(person.get("birthDate").asString()).isEqualTo("1964-08-12");
        assertThat(person.get("address").get("city").asString()).isEqualTo("Köln");
        assertThat(person.get("phone").asString()).isEqualTo("+49 221 1234567");

        assertThat(entries()).contains("records.person.create ALLOWED grundsteuer person " + id,
                "records.person.read ALLOWED grundsteuer person " + id);
        var stored = inTenant(tenant, () -> jdbc.sql("SELECT family_name FROM records.person WHERE id = :id")
            .param("id", UUID.fromString(id)).query(byte[].class).single());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Mustermann");
    }

    @Test
    void aRequestWithoutOrWithAnUnknownPurposeIsRefusedAndRecorded() {
        var id = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var none = clerk.withPurpose(null).get("/api/v1/persons/" + id);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(none.json().get("title").asString()).isEqualTo("Zweck fehlt");
        var unknown = clerk.withPurpose("neugier").get("/api/v1/persons/" + id);
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.body()).doesNotContain("Mustermann");
        assertThat(clerk.withPurpose("x' OR 1=1 --").get("/api/v1/persons/" + id).status()).isEqualTo(403);
        assertThat(entries()).contains("records.person.read DENIED - - -", "records.person.read DENIED neugier - -");
    }

    @Test
    void anotherKommunesPersonAnswersExactlyLikeAMissingOne() {
        var id = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var other = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Nebenan", Username.of("admin"));
        var otherAdmin = Staff.firstSignIn(DATA_DIRECTORY, port, other.tenant().ags().value(), "admin", other.initialPassword());
        var created = otherAdmin.post("/api/v1/users", Map.of("username", "n.achbar", "displayName", "Nachbar", "roles",
                List.of("SACHBEARBEITUNG")));
        var neighbour = Staff.firstSignIn(DATA_DIRECTORY, port, other.tenant().ags().value(), "n.achbar",
                created.json().get("initialPassword").asString()).withPurpose("grundsteuer");

        var foreign = neighbour.get("/api/v1/persons/" + id);
        var missing = neighbour.get("/api/v1/persons/" + UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().replace(id, "ID")).as("only the echoed path differs")
            .isEqualTo(missing.body().replaceAll("[0-9a-f-]{36}", "ID"))
            .doesNotContain("Mustermann");
        assertThat(neighbour.post("/api/v1/persons/search", Map.of("familyName", "Mustermann", "birthDate", "1964-08-12")).json()
            .get("persons").size())
            .isZero();
        assertThat(neighbour.get("/api/v1/persons/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void searchFindsExactMatchesOnlyThroughTheBlindIndex() {
        var id = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var twin = new LinkedHashMap<>(erika());
        twin.put("birthDate", "1964-08-13");
        clerk.post("/api/v1/persons", twin);

        var exact = search(clerk, "MUSTERMANN", "1964-08-12");
        assertThat(exact.size()).isOne();
        assertThat(exact.get(0).get("id").asString()).isEqualTo(id);
        assertThat(search(clerk, "Musterman", "1964-08-12").size()).isZero();
        assertThat(search(clerk, "Mustermann", "1964-08-11").size()).isZero();
        assertThat(search(clerk, "Muster", "1964-08-12").size()).isZero();
        assertThat(clerk.post("/api/v1/persons/search", Map.of("familyName", "Mustermann")).status()).isEqualTo(400);
        assertThat(clerk.post("/api/v1/persons/search", Map.of("familyName", "Mustermann", "birthDate", "1964-08-12",
                "city", "Köln")).status()).as("only the indexed criteria").isEqualTo(400);
    }

    static tools.jackson.databind.JsonNode search(PlatformClient client, String familyName, String birthDate) {
        var found = client.post("/api/v1/persons/search", Map.of("familyName", familyName, "birthDate", birthDate));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get("persons");
    }

    @Test
    void undeclaredFieldsAndMalformedValuesAreRefusedWithoutEchoingThem() {
        var extra = new LinkedHashMap<>(erika());
        extra.put("religion", "römisch-katholisch");
        var refused = clerk.post("/api/v1/persons", extra);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("religion", "Datenminimierung")
            .doesNotContain("katholisch");
        for (var change : List.<Map.Entry<String, Object>>of(Map.entry("birthDate", "12.08.1964"),
                Map.entry("birthDate", "2999-01-01"), Map.entry("familyName", ""), Map.entry("email", "kein-at-zeichen"),
                Map.entry("address", Map.of("postalCode", "5114")), Map.entry("familyName", "A\u0000B"),
                Map.entry("phone", "ruf mich an"), Map.entry("familyName", List.of("x")))) {
            var bad = new LinkedHashMap<>(erika());
            bad.put(change.getKey(), change.getValue());
            var response = clerk.post("/api/v1/persons", bad);
            assertThat(response.status()).as(change.toString()).isEqualTo(400);
            assertThat(response.json().get("title").asString()).isEqualTo("Ungültige Angaben");
        }
        assertThat(clerk.post("/api/v1/persons", "kein Objekt").status()).isEqualTo(400);
    }

    @Test
    void rolesWithoutPersonPermissionsAreRefused() {
        var ags = inTenant(tenant, () -> tenants.findById(tenant).orElseThrow().ags().value());
        var auditor = staff(ags, "a.pruefer", "AUDIT").withPurpose("grundsteuer");
        assertThat(auditor.post("/api/v1/persons", erika()).status()).isEqualTo(403);
        assertThat(auditor.get("/api/v1/persons/" + UUID.randomUUID()).status()).isEqualTo(403);
        assertThat(admin.withPurpose("grundsteuer").get("/api/v1/purposes").status()).as("administrators read no citizen data")
            .isEqualTo(403);
        var purposes = clerk.get("/api/v1/purposes").json();
        assertThat(purposes.valueStream().map(p -> p.get("key").asString()).toList()).contains("grundsteuer", "hundesteuer",
                "abfallgebuehren", "bussgeldverfahren", "kita-beitraege");
    }

    @Test
    void aValueMovedToAnotherRowOrKommuneInTheDatabaseDoesNotDecryptThere() throws Exception {
        var first = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var second = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var other = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Verschiebedorf", Username.of("admin"));
        var otherAdmin = Staff.firstSignIn(DATA_DIRECTORY, port, other.tenant().ags().value(), "admin", other.initialPassword());
        var otherClerk = Staff.hired(otherAdmin, DATA_DIRECTORY, port, other.tenant().ags().value(), "v.clerk", "SACHBEARBEITUNG",
                List.of()).withPurpose("grundsteuer");
        var foreign = otherClerk.post("/api/v1/persons", erika()).json().get("id").asString();

        // a database administrator copies the envelopes: within the Kommune, and into the other one
        asSuperuser("UPDATE records.person SET family_name = (SELECT family_name FROM records.person WHERE id = '" + first
                + "') WHERE id = '" + second + "' AND tenant_id = ?", tenant);
        asSuperuser("UPDATE records.person SET given_names = (SELECT given_names FROM records.person WHERE id = '" + first
                + "') WHERE id = '" + foreign + "' AND tenant_id <> ?", tenant);

        for (var response : List.of(clerk.get("/api/v1/persons/" + second), otherClerk.get("/api/v1/persons/" + foreign))) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().get("title").asString()).isEqualTo("Datensatz beschädigt");
            assertThat(response.body()).doesNotContain("Mustermann", "Erika");
        }
        assertThat(clerk.get("/api/v1/persons/" + first).status()).as("the original stays readable").isEqualTo(200);
        assertThat(entries()).as("the failed read is recorded").contains("records.person.read FAILED grundsteuer person " + second);
    }

    @Test
    void erasureDestroysThePersonsKeySoNothingCanBeReadAnyMore() {
        var id = clerk.post("/api/v1/persons", erika()).json().get("id").asString();
        var ags = inTenant(tenant, () -> tenants.findById(tenant).orElseThrow().ags().value());
        var officer = staff(ags, "d.schutz", "DATENSCHUTZ").withPurpose("grundsteuer");
        assertThat(clerk.post("/api/v1/persons/" + id + "/erasure", Map.of()).status()).isEqualTo(403);
        assertThat(officer.post("/api/v1/persons/" + id + "/erasure", Map.of()).status()).isEqualTo(204);
        assertThat(officer.post("/api/v1/persons/" + id + "/erasure", Map.of()).status()).isEqualTo(404);
        assertThat(clerk.get("/api/v1/persons/" + id).status()).isEqualTo(404);
        assertThat(search(clerk, "Mustermann", "1964-08-12").size()).isZero();
        assertThat(inTenant(tenant, () -> jdbc.sql("SELECT name_birth_index IS NULL FROM records.person WHERE id = :id")
            .param("id", UUID.fromString(id)).query(Boolean.class).single()))
            .as("no blind index left that would confirm a guessed name and date of birth").isTrue();
        assertThat(entries()).contains("records.person.erase ALLOWED - person " + id,
                "crypto.subject-key.destroy ALLOWED - data-subject " + id);
    }

    private List<String> entries() {
        return inTenant(tenant, () -> jdbc.sql("""
                SELECT action || ' ' || outcome || ' ' || coalesce(purpose, '-') || ' ' || coalesce(resource_type, '-') || ' '
                       || coalesce(resource_id, '-')
                FROM audit.entry WHERE tenant_id = :t ORDER BY seq""").param("t", tenant.value()).query(String.class).list());
    }
}
