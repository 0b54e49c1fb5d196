package de.kommunale2030.plattform.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit log of the caller's own Kommune, for auditors and the data protection officer:
 * verification, search and export. Every call is itself recorded.
 */
@RestController
@AuditsItself
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final ChainVerification verification;
    private final AuditSearch search;
    private final AuditExports exports;
    private final AuditKeys keys;
    private final AuditRetention retention;
    private final Tenants tenants;

    AuditApi(ChainVerification verification, AuditSearch search, AuditExports exports, AuditKeys keys,
            AuditRetention retention, Tenants tenants) {
        this.retention = retention;
        this.verification = verification;
        this.search = search;
        this.exports = exports;
        this.keys = keys;
        this.tenants = tenants;
    }

    @GetMapping("/verification")
    Map<String, Object> verify() {
        var acting = acting();
        var tenant = tenants.findById(acting.tenant()).orElseThrow();
        return AuditCommands.report(tenant, verification.verifyFor(tenant.id(), Actor.current()));
    }

    /** The key that signs checkpoints and exports; verifiers compare its fingerprint. */
    @GetMapping("/signing-key")
    Map<String, String> signingKey() {
        acting();
        var key = keys.signingKey().publicKey();
        return Map.of("algorithm", "Ed25519", "keyId", key.keyId(), "fingerprint", key.fingerprint(), "publicKey",
                de.kommunale2030.plattform.audit.format.Canonical.hex(key.raw()));
    }

    /** The retention period in months, and the sequence number up to which entries were pruned (0: none). */
    record Retention(Integer months, Long prunedUpTo) {
    }

    @GetMapping("/retention")
    Retention retention() {
        return retention(retention.policy(acting().tenant()));
    }

    /** Only the data protection officer decides how long the log is kept ({@code privacy:manage}). */
    @PutMapping("/retention")
    Retention changeRetention(@RequestBody Retention body) {
        if (body == null || body.months() == null) {
            throw new IllegalArgumentException("Bitte die Aufbewahrungsfrist in Monaten angeben: {\"months\": 24}.");
        }
        return retention(retention.change(acting().tenant(), Actor.current(), body.months()));
    }

    private static Retention retention(AuditRetention.Policy policy) {
        return new Retention(policy.months(), policy.prunedUpTo());
    }

    @GetMapping("/entries")
    AuditSearch.Page entries(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) UUID actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String resourceType, @RequestParam(required = false) String resourceId,
            @RequestParam(required = false) Outcome outcome, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var acting = acting();
        return search.search(acting.tenant(), Actor.current(), new AuditSearch.Filter(AuditTenants.time(from),
                AuditTenants.time(to), actor, action, resourceType, resourceId, outcome), page, size);
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String format) {
        var acting = acting();
        var tenant = tenants.findById(acting.tenant()).orElseThrow();
        var chosen = AuditExports.Format.parse(format);
        var start = AuditTenants.time(from);
        var end = AuditTenants.time(to);
        var name = "audit-" + AuditTenants.name(tenant) + "."
                + chosen.name().toLowerCase(Locale.ROOT);
        exports.prepare(tenant, Actor.current(), chosen);
        // written after this method returns, on another thread: a failure there cuts the file short,
        // and a cut-off export fails verification
        StreamingResponseBody body = stream -> {
            var writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            exports.write(tenant, start, end, chosen, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
            .contentType(chosen == AuditExports.Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                    : new MediaType("application", "jsonl", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
            .body(body);
    }

    @ExceptionHandler
    ProblemDetail damaged(AuditExports.ChainDamaged damaged) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, damaged.getMessage());
        problem.setTitle("Protokoll beschädigt");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(IllegalArgumentException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setTitle("Ungültige Angaben");
        return problem;
    }

    private static Acting acting() {
        return Acting.required();
    }
}
