package de.kommunale2030.plattform.records;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditsItself;
import de.kommunale2030.plattform.identity.Permission;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Personen" for clerks: exact search, creating a person, one person's details and, for the data
 * protection officer, erasure. Every page that shows or takes personal data works for the purpose
 * chosen on it; search criteria and personal details travel in POST bodies, never in URLs.
 */
@Controller
@AuditsItself
@ConditionalOnWebApplication
class PersonPages {

    private final Persons persons;
    private final RecordsAccess access;
    private final RecordsPageModel pages;

    PersonPages(Persons persons, RecordsAccess access, RecordsPageModel pages) {
        this.persons = persons;
        this.access = access;
        this.pages = pages;
    }

    /** The form fields of a person; kept as typed when the input is refused. */
    record PersonForm(String familyName, String givenNames, String birthDate, String street, String postalCode, String city,
            String email, String phone) {

        PersonDetails details() {
            return new PersonDetails(familyName, givenNames, PersonDetails.date(birthDate),
                    new PersonDetails.Address(street, postalCode, city), email, phone);
        }

        static PersonForm empty() {
            return new PersonForm("", "", "", "", "", "", "", "");
        }
    }

    @GetMapping("/personen")
    String overview(@RequestParam(defaultValue = "") String zweck, Model model) {
        overview(model, zweck, PersonForm.empty());
        return "personen";
    }

    @PostMapping("/personen/suche")
    ModelAndView search(@RequestParam(defaultValue = "") String zweck, @RequestParam(defaultValue = "") String familyName,
            @RequestParam(defaultValue = "") String birthDate, Model model) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.person.search");
        overview(model, purpose.key(), PersonForm.empty());
        model.addAttribute("searchedName", familyName);
        model.addAttribute("searchedBirth", birthDate);
        try {
            var criteria = PersonDetails.searchCriteria(familyName, birthDate);
            model.addAttribute("found", persons.search(caller.tenant(), Actor.current(), purpose, criteria.familyName(),
                    criteria.birthDate()));
            return new ModelAndView("personen", model.asMap());
        }
        catch (InvalidRecord invalid) {
            return RecordsPageModel.refused("personen", model, invalid);
        }
    }

    @PostMapping("/personen")
    ModelAndView create(@RequestParam(defaultValue = "") String zweck, @ModelAttribute PersonForm form, Model model,
            RedirectAttributes redirect) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.person.create");
        try {
            var id = persons.create(caller.tenant(), Actor.current(), purpose, form.details());
            return RecordsPageModel.after("/personen/" + id, purpose.key(), "records.person.created", redirect);
        }
        catch (InvalidRecord invalid) {
            overview(model, purpose.key(), form);
            return RecordsPageModel.refused("personen", model, invalid);
        }
    }

    @GetMapping("/personen/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "") String zweck, Model model) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.person.read");
        var person = persons.find(caller.tenant(), Actor.current(), purpose, JsonBodies.uuid(id))
            .orElseThrow(RecordNotFound::new);
        pages.purposeChoice(model, purpose.key());
        model.addAttribute("person", person);
        model.addAttribute("canOpenCase", caller.holds(Permission.CASE_WRITE));
        model.addAttribute("canErase", caller.holds(Permission.PRIVACY_MANAGE));
        return "person";
    }

    private void overview(Model model, String purpose, PersonForm form) {
        pages.purposeChoice(model, purpose);
        model.addAttribute("form", form);
        model.addAttribute("canCreate", access.caller().holds(Permission.PERSON_WRITE));
    }

    /** Erasure (Art. 17 DSGVO) needs a ticked confirmation: it destroys the person's key for good. */
    @PostMapping("/personen/{id}/loeschen")
    ModelAndView erase(@PathVariable String id, @RequestParam(defaultValue = "") String zweck,
            @RequestParam(defaultValue = "false") boolean bestaetigt, RedirectAttributes redirect) {
        var caller = access.caller();
        var target = JsonBodies.uuid(id);
        if (!bestaetigt) {
            return RecordsPageModel.back("/personen/" + target, zweck,
                    "Bitte bestätigen Sie die Löschung; sie kann nicht rückgängig gemacht werden.", redirect);
        }
        if (!persons.erase(caller.tenant(), Actor.current(), target)) {
            throw new RecordNotFound();
        }
        return RecordsPageModel.after("/personen", zweck, "records.person.erased", redirect);
    }
}
