package de.kommunale2030.plattform.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Staff;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated insecure-direct-object-reference attempts: every record endpoint and page that takes an id,
 * called by every role of one Kommune, with four purposes, for ids of another Kommune's persons,
 * cases and documents, of a case in another unit of the same Kommune, and random ids. More than 10,000
 * requests; each must answer 403 or 404 and none may return a value of the other records.
 */
class IdorTests extends PlatformTest {

    record Kommune(String ags, PlatformClient admin) {
    }

    @Test
    void noRoleReachesAnotherKommunesOrAnotherUnitsRecordsThroughAnyEndpoint() throws Exception {
        var home = kommune("Gemeinde Heimathafen");
        var victim = kommune("Gemeinde Fremdenhausen");
        var secret = "Geheimnachname" + UUID.randomUUID().toString().substring(0, 8);

        // the victim Kommune: persons and cases that must stay out of reach
        var victimClerk = staff(victim, "v.clerk", "SACHBEARBEITUNG", List.of("steueramt")).withPurpose("grundsteuer");
        var foreignIds = new ArrayList<String>();
        var victimCases = new ArrayList<String>();
        for (int i = 0; i < 25; i++) {
            var person = person(victimClerk, secret + i);
            foreignIds.add(person);
            var victimCase = openCase(victimClerk, person, "steueramt");
            foreignIds.add(victimCase);
            victimCases.add(victimCase);
            if (i < 10) {
                foreignIds.add(document(victimClerk, victimCase, secret + i));
            }
        }
        // the home Kommune: a case in a unit the attacking clerk does not belong to
        var homeOwner = staff(home, "h.owner", "SACHBEARBEITUNG", List.of("steueramt")).withPurpose("grundsteuer");
        var homePerson = person(homeOwner, secret + "heim");
        var otherUnitCase = openCase(homeOwner, homePerson, "steueramt");
        for (int i = 0; i < 25; i++) {
            foreignIds.add(UUID.randomUUID().toString());
        }

        var attackers = List.of(staff(home, "a.clerk", "SACHBEARBEITUNG", List.of("ordnungsamt")),
                staff(home, "a.lead", "FACHBEREICHSLEITUNG", List.of("ordnungsamt")), staff(home, "a.dpo", "DATENSCHUTZ", List.of()),
                staff(home, "a.audit", "AUDIT", List.of()), home.admin());
        var endpoints = List.of("GET /api/v1/persons/{id}", "POST /api/v1/persons/{id}/erasure", "GET /api/v1/cases/{id}",
                "POST /api/v1/cases/{id}/close", "GET /api/v1/documents/{id}", "UPLOAD /api/v1/cases/{id}/documents",
                "GET /api/v1/cases/{id}/documents", "GET /personen/{id}?zweck={purpose}", "GET /vorgaenge/{id}?zweck={purpose}",
                "GET /dokumente/{id}?zweck={purpose}", "FORM /vorgaenge/{id}/abschliessen", "FORM /personen/{id}/loeschen",
                "UPLOAD /vorgaenge/{id}/dokumente?zweck={purpose}");
        var purposes = List.of("grundsteuer", "hundesteuer", "bussgeldverfahren", "buergeranliegen");

        var requests = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<String>();
        var pool = Executors.newFixedThreadPool(4);
        for (int a = 0; a < attackers.size(); a++) {
            var attacker = attackers.get(a);
            var role = a;
            pool.submit(() -> {
                for (var purpose : purposes) {
                    var client = attacker.withPurpose(purpose);
                    for (var endpoint : endpoints) {
                        for (var id : foreignIds) {
                            check(client, endpoint, id, purpose, secret, role, failures, requests);
                        }
                        if (role != 2) {
                            // only the data protection officer reaches every unit of the own Kommune
                            check(client, endpoint, otherUnitCase, purpose, secret, role, failures, requests);
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        assertThat(failures).as("requests that reached a record they must not").isEmpty();
        assertThat(requests.get()).isGreaterThanOrEqualTo(10_000);

        // and nothing of the victim's was erased or closed on the way
        for (var victimCase : victimCases) {
            var response = victimClerk.get("/api/v1/cases/" + victimCase);
            assertThat(response.status()).as(victimCase).isEqualTo(200);
            assertThat(response.json().get("status").asString()).isEqualTo("OPEN");
            assertThat(response.json().get("fields").isNull()).as("the person was not erased").isFalse();
        }
    }

    private static void check(PlatformClient client, String endpoint, String id, String purpose, String secret, int role,
            ConcurrentLinkedQueue<String> failures, AtomicInteger requests) {
        var method = endpoint.substring(0, endpoint.indexOf(' '));
        var path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", id).replace("{purpose}", purpose);
        var upload = "Einspruch".getBytes(StandardCharsets.UTF_8);
        var response = switch (method) {
            case "GET" -> client.get(path);
            case "UPLOAD" -> client.postFile(path, path.startsWith("/api/") ? "file" : "datei", "b.txt", "text/plain", upload);
            // the erasure form confirmed, so that only the id can stop it
            case "FORM" -> client.postForm(path, Map.of("zweck", purpose, "bestaetigt", "true"));
            default -> client.post(path, Map.of());
        };
        requests.incrementAndGet();
        if ((response.status() != 403 && response.status() != 404) || response.body().contains(secret)) {
            failures.add("role " + role + " " + method + " " + path + " -> " + response.status());
        }
    }

    private Kommune kommune(String name) {
        var onboarded = onboarding.onboard(Ags.of(freshAgs()), name, Username.of("admin"));
        var ags = onboarded.tenant().ags().value();
        var admin = Staff.firstSignIn(DATA_DIRECTORY, port, ags, "admin", onboarded.initialPassword());
        for (var unit : List.of("steueramt", "ordnungsamt")) {
            assertThat(admin.post("/api/v1/org-units", Map.of("key", unit, "name", unit)).status()).isEqualTo(201);
        }
        return new Kommune(ags, admin);
    }

    private PlatformClient staff(Kommune kommune, String username, String role, List<String> units) {
        return Staff.hired(kommune.admin(), DATA_DIRECTORY, port, kommune.ags(), username, role, units);
    }

    private static String person(PlatformClient clerk, String familyName) {
        var person = new LinkedHashMap<String, Object>(PersonsApiTests.erika());
        person.put("familyName", familyName);
        var created = clerk.post("/api/v1/persons", person);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String document(PlatformClient clerk, String caseId, String secret) {
        var uploaded = clerk.postFile("/api/v1/cases/" + caseId + "/documents", "file", "brief.txt", "text/plain",
                ("Sehr geehrte Frau " + secret).getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        return uploaded.json().get("id").asString();
    }

    private static String openCase(PlatformClient clerk, String person, String unit) {
        var created = clerk.post("/api/v1/cases", Map.of("category", "grundsteuer", "orgUnit", unit, "subject", person, "fields",
                Map.of("kassenzeichen", "K-" + person.substring(0, 8))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
