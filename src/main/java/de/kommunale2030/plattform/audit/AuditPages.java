package de.kommunale2030.plattform.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.kommunale2030.plattform.audit.format.Canonical;
import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.identity.Permission;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Protokoll" for auditors and the data protection officer: the audit log of their Kommune, filtered
 * and a page at a time, the result of a verification, and links to the exports. German pages
 * without script; every view is itself recorded.
 */
@Controller
@AuditsItself
@ConditionalOnWebApplication
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss", Locale.GERMANY)
        .withZone(ZoneId.of("Europe/Berlin"));

    private final AuditSearch search;
    private final ChainVerification verification;
    private final Tenants tenants;
    private final AuditRetention retention;

    AuditPages(AuditSearch search, ChainVerification verification, Tenants tenants, AuditRetention retention) {
        this.search = search;
        this.retention = retention;
        this.verification = verification;
        this.tenants = tenants;
    }

    record OutcomeOption(String value, String key) {
    }

    private static String outcomeKey(String outcome) {
        return switch (Outcome.valueOf(outcome)) {
            case ALLOWED -> "audit.outcome.ALLOWED";
            case DENIED -> "audit.outcome.DENIED";
            case FAILED -> "audit.outcome.FAILED";
        };
    }

    /** One row as shown: German time, outcome as a message key. */
    record Row(long seq, String time, String actorType, String actorId, String actorRoles, String action,
            String resource, String purpose, String outcomeKey, String requestId) {
    }

    @GetMapping("/verwaltung/protokoll")
    String entries(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String resourceType, @RequestParam(defaultValue = "") String resourceId,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "0") String page, Model model) {
        var acting = Acting.current().orElseThrow();
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("resourceType", resourceType);
        model.addAttribute("resourceId", resourceId);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", java.util.Arrays.stream(Outcome.values())
            .map(option -> new OutcomeOption(option.name(), outcomeKey(option.name())))
            .toList());
        model.addAttribute("canExport", SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
            .anyMatch(authority -> Permission.AUDIT_EXPORT.key().equals(authority.getAuthority())));
        AuditSearch.Page found;
        try {
            var filter = new AuditSearch.Filter(AuditTenants.time(blankToNull(from)), AuditTenants.time(blankToNull(to)),
                    actor.isBlank() ? null : uuid(actor), blankToNull(action), blankToNull(resourceType),
                    blankToNull(resourceId), outcome.isBlank() ? null : Outcome.valueOf(outcome));
            found = search.search(acting.tenant(), Actor.current(), filter, Integer.parseInt(page), PAGE_SIZE);
        }
        catch (IllegalArgumentException invalid) {
            // our own messages are German; those of the enum and number parsers are not
            model.addAttribute("errorText", invalid instanceof NumberFormatException || invalid.getMessage() == null
                    || invalid.getMessage().startsWith("No enum constant") ? "Die Angaben im Filter sind ungültig."
                            : invalid.getMessage());
            model.addAttribute("rows", List.of());
            return "verwaltung-protokoll";
        }
        model.addAttribute("rows", found.entries().stream().map(AuditPages::row).toList());
        var query = UriComponentsBuilder.fromPath("/verwaltung/protokoll")
            .queryParam("from", from).queryParam("to", to).queryParam("actor", actor).queryParam("action", action)
            .queryParam("resourceType", resourceType).queryParam("resourceId", resourceId).queryParam("outcome", outcome);
        if (found.page() > 0) {
            model.addAttribute("newerLink", query.cloneBuilder().queryParam("page", found.page() - 1).build().encode().toUriString());
        }
        if (found.hasMore()) {
            model.addAttribute("olderLink", query.cloneBuilder().queryParam("page", found.page() + 1).build().encode().toUriString());
        }
        var export = UriComponentsBuilder.fromPath("/api/v1/audit/export").queryParam("from", from).queryParam("to", to);
        model.addAttribute("exportJsonLink", export.cloneBuilder().queryParam("format", "jsonl").build().encode().toUriString());
        model.addAttribute("exportCsvLink", export.cloneBuilder().queryParam("format", "csv").build().encode().toUriString());
        model.addAttribute("page", found.page() + 1);
        return "verwaltung-protokoll";
    }

    @GetMapping("/verwaltung/protokoll/pruefung")
    String verification(Model model) {
        var acting = Acting.current().orElseThrow();
        var tenant = tenants.findById(acting.tenant()).orElseThrow();
        model.addAttribute("result", verification.verifyFor(tenant.id(), Actor.current()));
        model.addAttribute("retention", retention.policy(tenant.id()));
        return "verwaltung-protokoll-pruefung";
    }

    private static Row row(AuditSearch.Found found) {
        return new Row(found.seq(), SHOWN.format(Canonical.parseTime(found.time())), found.actorType(),
                found.actorId() == null ? "" : found.actorId().toString(), found.actorRoles() == null ? "" : found.actorRoles(),
                found.action(), found.resourceType() == null ? "" : found.resourceType() + " " + found.resourceId(),
                found.purpose() == null ? "" : found.purpose(), outcomeKey(found.outcome()),
                found.requestId() == null ? "" : found.requestId());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Die Akteur-ID ist keine gültige ID (UUID).");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
