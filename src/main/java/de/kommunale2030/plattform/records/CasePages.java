package de.kommunale2030.plattform.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditsItself;
import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.identity.Memberships;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.privacy.Purpose;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Vorgänge" for clerks: the cases of their org units for the chosen purpose, one case with its
 * fields and documents, opening a case for a person, closing it, uploading and downloading
 * documents. The same services, reach and purpose rules as {@code /api/v1/cases}.
 */
@Controller
@AuditsItself
@ConditionalOnWebApplication
class CasePages {

    /** Form fields of a case's category arrive as {@code feld-<name>}, next to the fixed fields of the form. */
    private static final String FIELD_PREFIX = "feld-";

    private final Cases cases;
    private final Documents documents;
    private final RecordsAccess access;
    private final RecordsPageModel pages;
    private final Memberships memberships;
    private final TenantTransactions transactions;

    CasePages(Cases cases, Documents documents, RecordsAccess access, RecordsPageModel pages, Memberships memberships,
            TenantTransactions transactions) {
        this.cases = cases;
        this.documents = documents;
        this.access = access;
        this.pages = pages;
        this.memberships = memberships;
        this.transactions = transactions;
    }

    @GetMapping("/vorgaenge")
    String list(@RequestParam(defaultValue = "") String zweck, Model model) {
        pages.purposeChoice(model, zweck);
        model.addAttribute("categoryNames", categoryNames());
        if (zweck.isBlank()) {
            return "vorgaenge";
        }
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.case.list");
        model.addAttribute("cases", cases.list(caller.tenant(), Actor.current(), purpose, access.reach(caller)));
        model.addAttribute("canOpen", caller.holds(Permission.CASE_WRITE));
        return "vorgaenge";
    }

    @GetMapping("/vorgaenge/{id}")
    String show(@PathVariable String id, @RequestParam(defaultValue = "") String zweck, Model model) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.case.read");
        var reach = access.reach(caller);
        var found = cases.find(caller.tenant(), Actor.current(), purpose, reach, JsonBodies.uuid(id))
            .orElseThrow(RecordNotFound::new);
        pages.purposeChoice(model, purpose.key());
        model.addAttribute("found", found);
        model.addAttribute("categoryName", categoryNames().getOrDefault(found.category(), found.category()));
        var open = "OPEN".equals(found.status());
        model.addAttribute("canClose", open && caller.holds(Permission.CASE_WRITE));
        model.addAttribute("canUpload", open && found.fields() != null && caller.holds(Permission.DOCUMENT_WRITE));
        model.addAttribute("canReadPerson", found.fields() != null && caller.holds(Permission.PERSON_READ));
        if (caller.holds(Permission.DOCUMENT_READ)) {
            model.addAttribute("documents", documents.ofCase(caller.tenant(), Actor.current(), purpose, reach, found.id())
                .orElseThrow(RecordNotFound::new));
        }
        return "vorgang";
    }

    @GetMapping("/vorgaenge/neu")
    String form(@RequestParam(defaultValue = "") String zweck, @RequestParam(defaultValue = "") String person,
            @RequestParam(defaultValue = "") String art, Model model) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.case.create");
        fillForm(model, caller, purpose, art, Map.of());
        model.addAttribute("person", person);
        return "vorgang-neu";
    }

    @PostMapping("/vorgaenge")
    ModelAndView open(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        var caller = access.caller();
        var purpose = access.purpose(caller, form.get(RecordsPageModel.PURPOSE_PARAMETER), "records.case.create");
        var category = form.getOrDefault("art", "");
        var fields = new TreeMap<String, String>();
        form.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX)) {
                fields.put(name.substring(FIELD_PREFIX.length()), value);
            }
        });
        try {
            var id = cases.open(caller.tenant(), Actor.current(), purpose, access.reach(caller),
                    new Cases.NewCase(category, form.get("einheit"), subject(form.get("person")), fields));
            return RecordsPageModel.after("/vorgaenge/" + id, purpose.key(), "records.case.opened", redirect);
        }
        catch (InvalidRecord invalid) {
            fillForm(model, caller, purpose, category, fields);
            model.addAttribute("person", form.getOrDefault("person", ""));
            model.addAttribute("unitKey", form.getOrDefault("einheit", ""));
            return RecordsPageModel.refused("vorgang-neu", model, invalid);
        }
    }

    @PostMapping("/vorgaenge/{id}/abschliessen")
    ModelAndView close(@PathVariable String id, @RequestParam(defaultValue = "") String zweck, RedirectAttributes redirect) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.case.close");
        var caseId = JsonBodies.uuid(id);
        if (!cases.close(caller.tenant(), Actor.current(), purpose, access.reach(caller), caseId)) {
            throw new RecordNotFound();
        }
        return RecordsPageModel.after("/vorgaenge/" + caseId, purpose.key(), "records.case.closed", redirect);
    }

    @PostMapping("/vorgaenge/{id}/dokumente")
    ModelAndView upload(@PathVariable String id, @RequestParam(defaultValue = "") String zweck,
            @RequestParam(name = "datei", required = false) MultipartFile file, RedirectAttributes redirect) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.document.upload");
        var caseId = JsonBodies.uuid(id);
        DocumentUpload upload;
        try {
            upload = DocumentUpload.inspect(file == null ? null : file.getContentType(),
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(),
                    DocumentUpload.MAX_BYTES);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InvalidRecord invalid) {
            return RecordsPageModel.back("/vorgaenge/" + caseId, purpose.key(), invalid.getMessage(), redirect);
        }
        documents.upload(caller.tenant(), Actor.current(), purpose, access.reach(caller), caseId, upload)
            .orElseThrow(RecordNotFound::new);
        return RecordsPageModel.after("/vorgaenge/" + caseId, purpose.key(), "records.document.uploaded", redirect);
    }

    @GetMapping("/dokumente/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id, @RequestParam(defaultValue = "") String zweck) {
        var caller = access.caller();
        var purpose = access.purpose(caller, zweck, "records.document.read");
        return DocumentsApi.attachment(documents.download(caller.tenant(), Actor.current(), purpose, access.reach(caller),
                JsonBodies.uuid(id)).orElseThrow(RecordNotFound::new));
    }

    private void fillForm(Model model, Acting caller, Purpose purpose, String categoryKey, Map<String, String> values) {
        pages.purposeChoice(model, purpose.key());
        var allowed = cases.categories().stream().filter(category -> category.purposes().contains(purpose.key())).toList();
        model.addAttribute("categories", allowed);
        allowed.stream().filter(category -> category.key().equals(categoryKey)).findFirst()
            .ifPresent(category -> model.addAttribute("category", category));
        model.addAttribute("values", values);
        model.addAttribute("units", transactions.callAs(caller.tenant(), () -> memberships.units(memberships.unitsOf(caller.id()))));
    }

    /** A malformed person id is a form error here, not a missing page. */
    private static UUID subject(String id) {
        try {
            return JsonBodies.uuid(id == null ? "" : id.strip());
        }
        catch (RecordNotFound notAnId) {
            throw new InvalidRecord("Die Personen-ID fehlt oder ist keine gültige ID.");
        }
    }

    private Map<String, String> categoryNames() {
        return cases.categories().stream().collect(Collectors.toMap(Cases.Category::key, Cases.Category::name, (a, b) -> a,
                TreeMap::new));
    }
}
