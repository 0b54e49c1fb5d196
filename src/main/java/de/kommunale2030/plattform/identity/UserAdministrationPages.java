package de.kommunale2030.plattform.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Benutzerverwaltung" for {@code user:manage}: the same operations as {@code /api/v1/users}, as
 * German pages without script.
 */
@Controller
@ConditionalOnWebApplication
class UserAdministrationPages {

    private final UserAdministration administration;
    private final SignInSessions sessions;

    UserAdministrationPages(UserAdministration administration, SignInSessions sessions) {
        this.administration = administration;
        this.sessions = sessions;
    }

    record RoleOption(String key, String label) {
    }

    @GetMapping("/verwaltung/benutzer")
    String overview(Model model) {
        model.addAttribute("users", administration.all().stream().map(UsersApi.UserView::of).toList());
        model.addAttribute("roles", Arrays.stream(Role.values())
            .filter(Role::assignableToTenantAccounts)
            .map(role -> new RoleOption(role.name(), role.label()))
            .toList());
        model.addAttribute("orgUnits", administration.orgUnits());
        return "verwaltung-benutzer";
    }

    @PostMapping("/verwaltung/benutzer")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(required = false) List<String> roles, @RequestParam(required = false) List<String> orgUnits,
            Model model, RedirectAttributes redirect) {
        try {
            var created = administration.create(actor(), username, displayName, set(roles), set(orgUnits));
            model.addAttribute("username", created.user().account().username().value());
            model.addAttribute("initialPassword", created.initialPassword());
            return "verwaltung-benutzer-angelegt";
        }
        catch (OrgUnits.InvalidInput invalid) {
            redirect.addFlashAttribute("errorText", invalid.getMessage());
            return "redirect:/verwaltung/benutzer";
        }
    }

    @PostMapping("/verwaltung/benutzer/{id}/deaktivieren")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            if (administration.deactivate(actor(), id)) {
                sessions.endSessionsOf(id);
            }
        }, "admin.users.deactivated");
    }

    @PostMapping("/verwaltung/benutzer/{id}/zweiter-faktor")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(redirect, () -> {
            if (administration.resetSecondFactor(actor(), id)) {
                sessions.endSessionsOf(id);
            }
        }, "admin.users.mfaReset");
    }

    @PostMapping("/verwaltung/organisationseinheiten")
    String createOrgUnit(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        return act(redirect, () -> administration.createOrgUnit(actor(), key, name), "admin.units.created");
    }

    private String act(RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("doneKey", doneKey);
        }
        catch (OrgUnits.InvalidInput invalid) {
            redirect.addFlashAttribute("errorText", invalid.getMessage());
        }
        return "redirect:/verwaltung/benutzer";
    }

    private TenantBound actor() {
        return sessions.actor().orElseThrow(SignInRefused::refused);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
