package de.kommunale2030.plattform.identity;

import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantAlreadyExists;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of Kommunen for the platform's operators ({@code tenant:manage}):
 * {@code /api/v1/tenants}. Operators see tenants, never their accounts or data.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/tenants")
class TenantsApi {

    private final Tenants tenants;
    private final TenantOnboarding onboarding;

    TenantsApi(Tenants tenants, TenantOnboarding onboarding) {
        this.tenants = tenants;
        this.onboarding = onboarding;
    }

    record TenantView(UUID id, String ags, String name) {
    }

    record CreateTenant(String ags, String name, String admin) {
    }

    record CreatedTenant(UUID tenantId, String ags, String admin, String initialPassword) {
    }

    @GetMapping
    List<TenantView> all() {
        return tenants.all().stream().map(t -> new TenantView(t.id().value(), t.ags().value(), t.name())).toList();
    }

    @PostMapping
    ResponseEntity<CreatedTenant> create(@RequestBody CreateTenant body) {
        Ags ags;
        Username admin;
        try {
            ags = Ags.of(body.ags());
            admin = Username.of(body.admin());
        }
        catch (IllegalArgumentException e) {
            throw new OrgUnits.InvalidInput(e.getMessage());
        }
        OnboardedTenant created;
        try {
            created = onboarding.onboard(ags, body.name(), admin, operator());
        }
        catch (IllegalArgumentException e) {
            throw new OrgUnits.InvalidInput(e.getMessage());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(new CreatedTenant(created.tenant().id().value(), created.tenant().ags().value(), created.admin().value(),
                    created.initialPassword()));
    }

    @ExceptionHandler
    ProblemDetail exists(TenantAlreadyExists exists) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, exists.getMessage());
        problem.setTitle("Kommune existiert bereits");
        return problem;
    }

    /** The signed-in operator; the access rules admit nobody else here. */
    private static UUID operator() {
        return Acting.current().map(Acting::id).orElse(null);
    }
}
