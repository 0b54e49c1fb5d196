package de.kommunale2030.plattform.klartext;

import java.util.Set;
import java.util.TreeSet;

import de.kommunale2030.plattform.identity.Acting;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Kommune's Klartext choices for {@code settings:manage}: {@code /api/v1/settings/klartext}.
 * They apply to explanations from the next request on.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping("/api/v1/settings/klartext")
class PreferencesApi {

    private final PreferencesStore store;

    PreferencesApi(PreferencesStore store) {
        this.store = store;
    }

    record PreferencesBody(Integer daysAfterPosting, Boolean languageModel, Set<String> keptTerms,
            Set<String> maskedTerms) {
    }

    @GetMapping
    PreferencesBody current() {
        var preferences = store.of(caller().tenant());
        return new PreferencesBody(preferences.daysAfterPosting(), preferences.languageModel(),
                new TreeSet<>(preferences.keptTerms()), new TreeSet<>(preferences.maskedTerms()));
    }

    @PutMapping
    PreferencesBody change(@RequestBody PreferencesBody body) {
        if (body.daysAfterPosting() == null || body.languageModel() == null) {
            throw new Preferences.InvalidPreferences("daysAfterPosting und languageModel sind anzugeben.");
        }
        store.change(caller().tenant(), new Preferences(body.daysAfterPosting(), body.languageModel(),
                body.keptTerms(), body.maskedTerms()));
        return current();
    }

    private static Acting caller() {
        return Acting.required();
    }
}
