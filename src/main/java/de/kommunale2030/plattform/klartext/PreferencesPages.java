package de.kommunale2030.plattform.klartext;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.inference.LanguageModels;
import de.kommunale2030.plattform.tenancy.TenantId;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Klartext-Einstellungen" for the Mandanten-Admin: the Kommune's Bekanntgabe fiction, whether a
 * language model may be asked, and the anonymiser's lists (one term per line) — the same choices as
 * {@code /api/v1/settings/klartext}. Refused input is shown again as typed, with a German reason.
 */
@Controller
@ConditionalOnWebApplication
class PreferencesPages {

    private final PreferencesStore store;
    private final LanguageModels models;

    PreferencesPages(PreferencesStore store, LanguageModels models) {
        this.store = store;
        this.models = models;
    }

    @GetMapping("/verwaltung/klartext")
    String show(Model model) {
        var preferences = store.of(tenant());
        return page(model, String.valueOf(preferences.daysAfterPosting()), preferences.languageModel(),
                lines(preferences.keptTerms()), lines(preferences.maskedTerms()));
    }

    @PostMapping("/verwaltung/klartext")
    String change(@RequestParam(defaultValue = "") String daysAfterPosting,
            @RequestParam(defaultValue = "false") boolean languageModel, @RequestParam(defaultValue = "") String keptTerms,
            @RequestParam(defaultValue = "") String maskedTerms, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            int days;
            try {
                days = Integer.parseInt(daysAfterPosting.strip());
            }
            catch (NumberFormatException notANumber) {
                throw new Preferences.InvalidPreferences("Die Bekanntgabe-Fiktion ist eine Zahl von Tagen (0 bis 14).");
            }
            store.change(tenant(), new Preferences(days, languageModel, terms(keptTerms), terms(maskedTerms)));
            redirect.addFlashAttribute("doneKey", "klartext.settings.saved");
            return "redirect:/verwaltung/klartext";
        }
        catch (Preferences.InvalidPreferences invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorText", invalid.getMessage());
            return page(model, daysAfterPosting, languageModel, keptTerms, maskedTerms);
        }
    }

    private String page(Model model, String days, boolean languageModel, String kept, String masked) {
        model.addAttribute("daysAfterPosting", days);
        model.addAttribute("languageModel", languageModel);
        model.addAttribute("keptTerms", kept);
        model.addAttribute("maskedTerms", masked);
        model.addAttribute("modelConfigured", models.configured());
        return "verwaltung-klartext";
    }

    private static Set<String> terms(String lines) {
        return new LinkedHashSet<>(Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private static String lines(Set<String> terms) {
        return String.join("\n", new TreeSet<>(terms));
    }

    private static TenantId tenant() {
        return Acting.required().tenant();
    }
}
