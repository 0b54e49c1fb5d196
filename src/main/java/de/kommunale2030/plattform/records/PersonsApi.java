package de.kommunale2030.plattform.records;

import java.net.URI;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/persons}: create, read, search and erase data subjects. Every request that touches
 * personal data names its purpose in {@code X-Purpose}; a missing or unknown purpose is refused and
 * recorded. Another Kommune's person answers exactly like a missing one (404).
 */
@RestController
@AuditsItself
@ConditionalOnWebApplication
@RequestMapping("/api/v1/persons")
class PersonsApi {

    /** The fields a person may have; anything else is refused (data minimisation). */
    private static final Set<String> FIELDS = Set.of("familyName", "givenNames", "birthDate", "address", "email", "phone");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "postalCode", "city");

    private static final String PURPOSE_HEADER = RecordsAccess.PURPOSE_HEADER;

    private final Persons persons;
    private final RecordsAccess access;

    PersonsApi(Persons persons, RecordsAccess access) {
        this.persons = persons;
        this.access = access;
    }

    record AddressView(String street, String postalCode, String city) {
    }

    record PersonView(UUID id, String familyName, String givenNames, String birthDate, AddressView address, String email,
            String phone) {

        static PersonView of(Persons.Person person) {
            var d = person.details();
            var a = d.address();
            return new PersonView(person.id(), d.familyName(), d.givenNames(),
                    d.birthDate() == null ? null : d.birthDate().toString(),
                    a == null ? null : new AddressView(a.street(), a.postalCode(), a.city()), d.email(), d.phone());
        }
    }

    record Created(UUID id) {
    }

    record Found(List<PersonView> persons) {
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose,
            @RequestBody JsonNode body) {
        var acting = access.caller();
        var named = access.purpose(acting, purpose, "records.person.create");
        var id = persons.create(acting.tenant(), Actor.current(), named, details(body));
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(new Created(id));
    }

    @GetMapping("/{id}")
    PersonView read(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose, @PathVariable String id) {
        var acting = access.caller();
        var named = access.purpose(acting, purpose, "records.person.read");
        return persons.find(acting.tenant(), Actor.current(), named, JsonBodies.uuid(id))
            .map(PersonView::of)
            .orElseThrow(RecordNotFound::new);
    }

    /** The criteria travel in the body: names and dates of birth never go into a URL, where logs would keep them. */
    @PostMapping("/search")
    Found search(@RequestHeader(name = PURPOSE_HEADER, required = false) String purpose, @RequestBody JsonNode body) {
        var acting = access.caller();
        var named = access.purpose(acting, purpose, "records.person.search");
        if (body == null || !body.isObject()) {
            throw new InvalidRecord("Erwartet wird ein JSON-Objekt mit familyName und birthDate.");
        }
        JsonBodies.requireOnly(body, Set.of("familyName", "birthDate"), "");
        var criteria = PersonDetails.searchCriteria(JsonBodies.text(body, "familyName"), JsonBodies.text(body, "birthDate"));
        return new Found(persons.search(acting.tenant(), Actor.current(), named, criteria.familyName(), criteria.birthDate())
            .stream()
            .map(PersonView::of)
            .toList());
    }

    /** Erasure (Art. 17 DSGVO) by the data protection officer: the person's key is destroyed. */
    @PostMapping("/{id}/erasure")
    ResponseEntity<Void> erase(@PathVariable String id) {
        var acting = access.caller();
        if (!persons.erase(acting.tenant(), Actor.current(), JsonBodies.uuid(id))) {
            throw new RecordNotFound();
        }
        return ResponseEntity.noContent().build();
    }

    private static PersonDetails details(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRecord("Erwartet wird ein JSON-Objekt mit den Angaben zur Person.");
        }
        JsonBodies.requireOnly(body, FIELDS, "");
        var address = body.get("address");
        PersonDetails.Address parsedAddress = null;
        if (address != null && !address.isNull()) {
            if (!address.isObject()) {
                throw new InvalidRecord("Das Feld address muss ein Objekt sein.");
            }
            JsonBodies.requireOnly(address, ADDRESS_FIELDS, "address.");
            parsedAddress = new PersonDetails.Address(JsonBodies.text(address, "street"),
                    JsonBodies.text(address, "postalCode"), JsonBodies.text(address, "city"));
        }
        return new PersonDetails(JsonBodies.text(body, "familyName"), JsonBodies.text(body, "givenNames"),
                PersonDetails.date(JsonBodies.text(body, "birthDate")), parsedAddress, JsonBodies.text(body, "email"),
                JsonBodies.text(body, "phone"));
    }
}
