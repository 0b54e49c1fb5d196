package de.kommunale2030.plattform.records;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditsItself;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/cases}: cases (Vorgänge) within the caller's org units, each access for a purpose
 * that the case's category allows. Cases of other units or Kommunen answer like missing ones.
 */
@RestController
@AuditsItself
@ConditionalOnWebApplication
class CasesApi {

    private static final String PURPOSE_HEADER = RecordsAccess.PURPOSE_HEADER;
    private static final Set<String> FIELDS = Set.of("category", "orgUnit", "subject", "fields");

    private final Cases cases;
    private final RecordsAccess access;

    CasesApi(Cases cases, RecordsAccess access) {
        this.cases = cases;
        this.access = access;
    }

    record Created(UUID id) {
    }

    record Listed(List<Cases.Case> cases) {
    }

    @GetMapping("/api/v1/case-categories")
    List<Cases.Category> categories() {
        return cases.categories();
    }

    @PostMapping("/api/v1/cases")
    ResponseEntity<Created> open(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
            @RequestBody JsonNode body) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.case.create");
        if (body == null || !body.isObject()) {
            throw new InvalidRecord("Erwartet wird ein JSON-Objekt mit category, orgUnit, subject und fields.");
        }
        JsonBodies.requireOnly(body, FIELDS, "");
        var subject = JsonBodies.text(body, "subject");
        if (subject == null) {
            throw new InvalidRecord("Das Feld subject (die Id der Person) fehlt.");
        }
        var fields = new TreeMap<String, String>();
        var given = body.get("fields");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw new InvalidRecord("Das Feld fields muss ein Objekt sein.");
            }
            for (var name : given.propertyNames()) {
                fields.put(name, JsonBodies.text(given, name));
            }
        }
        var id = cases.open(caller.tenant(), Actor.current(), named, access.reach(caller), new Cases.NewCase(
                JsonBodies.text(body, "category"), JsonBodies.text(body, "orgUnit"), JsonBodies.uuid(subject), fields));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/cases")
    Listed list(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.case.list");
        return new Listed(cases.list(caller.tenant(), Actor.current(), named, access.reach(caller)));
    }

    @GetMapping("/api/v1/cases/{id}")
    Cases.Case read(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose, @PathVariable String id) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.case.read");
        return cases.find(caller.tenant(), Actor.current(), named, access.reach(caller), JsonBodies.uuid(id))
            .orElseThrow(RecordNotFound::new);
    }

    @PostMapping("/api/v1/cases/{id}/close")
    ResponseEntity<Void> close(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
            @PathVariable String id) {
        var caller = access.caller();
        var named = access.purpose(caller, purpose, "records.case.close");
        if (!cases.close(caller.tenant(), Actor.current(), named, access.reach(caller), JsonBodies.uuid(id))) {
            throw new RecordNotFound();
        }
        return ResponseEntity.noContent().build();
    }
}
