package de.kommunale2030.plattform.records;

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
 * Cases as clerks of two Ämter and the data protection officer meet them: need-to-know by org
 * unit, purposes bound to the case category, declared fields only, contents encrypted under the
 * person's key and gone with it.
 */
class CasesApiTests extends PlatformTest {

    String ags;

    TenantId tenant;

    PlatformClient admin;

    PlatformClient kaemmerei;

    PlatformClient ordnungsamt;

    PlatformClient officer;

    String person;

    @BeforeEach
    void kommuneWithTwoAemter() {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Vorgangsdorf", Username.of("admin"));
        ags = onboarded.tenant().ags().value();
        tenant = onboarded.tenant().id();
        admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        admin.post("/api/v1/org-units", Map.of("key", "kaemmerei", "name", "Kämmerei"));
        admin.post("/api/v1/org-units", Map.of("key", "ordnungsamt", "name", "Ordnungsamt"));
        kaemmerei = staff("k.ammer", "SACHBEARBEITUNG", List.of("kaemmerei")).withPurpose("grundsteuer");
        ordnungsamt = staff("o.rdnung", "SACHBEARBEITUNG", List.of("ordnungsamt")).withPurpose("grundsteuer");
        officer = staff("d.schutz", "DATENSCHUTZ", List.of()).withPurpose("grundsteuer");
        person = kaemmerei.post("/api/v1/persons", PersonsApiTests.erika()).json().get("id").asString();
    }

    PlatformClient staff(String username, String role, List<String> units) {
        return Staff.hired(admin, DATA_DIRECTORY, port, ags, username, role, units);
    }

    String openGrundsteuerCase() {
        var created = kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person,
                "fields", Map.of("kassenzeichen", "5.0421.000123.7", "flurstueck", "Flur 3, Flurstück 112/4")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    @Test
    void aClerkOpensReadsListsAndClosesACaseOfTheirUnitForItsPurpose() {
        var id = openGrundsteuerCase();
        var read = kaemmerei.get("/api/v1/cases/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("fields").get("kassenzeichen").asString()).isEqualTo("5.0421.000123.7");
        assertThat(read.json().get("orgUnit").asString()).isEqualTo("kaemmerei");
        assertThat(read.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(ids(kaemmerei.get("/api/v1/cases"))).containsExactly(id);
        assertThat(ids(kaemmerei.withPurpose("hundesteuer").get("/api/v1/cases"))).as("listed per purpose").isEmpty();

        assertThat(kaemmerei.withPurpose("grundsteuer").post("/api/v1/cases/" + id + "/close", Map.of()).status()).isEqualTo(204);
        var closed = kaemmerei.get("/api/v1/cases/" + id).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedOn").isNull()).isFalse();
        assertThat(kaemmerei.post("/api/v1/cases/" + id + "/close", Map.of()).status()).isEqualTo(404);
        var stored = inTenant(tenant, () -> jdbc.sql("SELECT fields FROM records.vorgang WHERE id = :id")
            .param("id", UUID.fromString(id)).query(byte[].class).single());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("000123", "Flurst");
    }

    @Test
    void aPurposeTheCategoryDoesNotAllowIsRefusedAndRecorded() {
        var id = openGrundsteuerCase();
        var refused = kaemmerei.withPurpose("hundesteuer").get("/api/v1/cases/" + id);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("000123");
        var creating = kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject",
                person));
        assertThat(creating.status()).isEqualTo(403);
        assertThat(entries()).contains("records.case.read DENIED hundesteuer case " + id,
                "records.case.create DENIED hundesteuer case-category grundsteuer");
    }

    @Test
    void casesOfAnotherUnitAnswerLikeMissingOnesExceptForTheDataProtectionOfficer() {
        var id = openGrundsteuerCase();
        var foreign = ordnungsamt.get("/api/v1/cases/" + id);
        var missing = ordnungsamt.get("/api/v1/cases/" + UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        assertThat(ids(ordnungsamt.get("/api/v1/cases"))).isEmpty();
        assertThat(ordnungsamt.post("/api/v1/cases/" + id + "/close", Map.of()).status()).isEqualTo(404);
        assertThat(ordnungsamt.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person))
            .status()).as("no cases in units one does not belong to").isEqualTo(403);

        assertThat(officer.get("/api/v1/cases/" + id).status()).as("case:read-all-units").isEqualTo(200);
        assertThat(ids(officer.get("/api/v1/cases"))).containsExactly(id);
        assertThat(entries()).contains("records.case.read DENIED grundsteuer case " + id);
    }

    @Test
    void onlyTheCategorysFieldsAreAcceptedAndTheSubjectMustBeOneOfTheKommunesPersons() {
        var extra = kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person,
                "fields", Map.of("konfession", "evangelisch")));
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().get("detail").asString()).contains("konfession", "Datenminimierung").doesNotContain("evangelisch");
        assertThat(kaemmerei.post("/api/v1/cases", Map.of("category", "astrologie", "orgUnit", "kaemmerei", "subject", person))
            .status()).isEqualTo(400);
        assertThat(kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "nirgendwo", "subject", person))
            .status()).isEqualTo(400);
        assertThat(kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject",
                UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person,
                "fields", Map.of("kassenzeichen", "x".repeat(201)))).status()).isEqualTo(400);
        var categories = kaemmerei.get("/api/v1/case-categories").json();
        assertThat(categories.valueStream().map(c -> c.get("key").asString()).toList()).contains("grundsteuer", "hundesteuer",
                "bussgeld", "kita-beitrag", "abfallgebuehren");
    }

    @Test
    void erasingThePersonLeavesOnlyTheFrameOfTheirCases() {
        var id = openGrundsteuerCase();
        assertThat(officer.post("/api/v1/persons/" + person + "/erasure", Map.of()).status()).isEqualTo(204);
        var read = kaemmerei.get("/api/v1/cases/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("fields").isNull()).isTrue();
        assertThat(read.body()).doesNotContain("000123");
        assertThat(kaemmerei.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", "kaemmerei", "subject", person))
            .status()).as("no new cases for an erased person").isEqualTo(404);
    }

    private static List<String> ids(PlatformClient.Response listed) {
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().get("cases").valueStream().map(c -> c.get("id").asString()).toList();
    }

    private List<String> entries() {
        return inTenant(tenant, () -> jdbc.sql("""
                SELECT action || ' ' || outcome || ' ' || coalesce(purpose, '-') || ' ' || coalesce(resource_type, '-') || ' '
                       || coalesce(resource_id, '-')
                FROM audit.entry WHERE tenant_id = :t ORDER BY seq""").param("t", tenant.value()).query(String.class).list());
    }
}
