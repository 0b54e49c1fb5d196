package de.kommunale2030.plattform.klartext;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.audit.AuditEvent;
import de.kommunale2030.plattform.audit.AuditLog;
import de.kommunale2030.plattform.audit.Outcome;
import de.kommunale2030.plattform.identity.Acting;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Service;

/**
 * Explains a notice for a clerk with the choices of the clerk's Kommune (its Land's public holidays,
 * its Bekanntgabe fiction, its anonymiser lists) and records that it happened — with the engine and
 * any fallback reason, never the text. Nothing of the notice is stored.
 */
@Service
class Explanations {

    static final String PURPOSE = "bescheid-erlaeuterung";

    private final Klartext klartext;
    private final PreferencesStore preferences;
    private final Tenants tenants;
    private final AuditLog audit;

    Explanations(Klartext klartext, PreferencesStore preferences, Tenants tenants, AuditLog audit) {
        this.klartext = klartext;
        this.preferences = preferences;
        this.tenants = tenants;
        this.audit = audit;
    }

    /** Explains {@code text} for the signed-in clerk of the current request. */
    KlartextResult explain(String text) {
        var caller = Acting.required();
        var chosen = preferences.of(caller.tenant());
        var land = tenants.findById(caller.tenant()).map(Tenant::ags).map(ags -> Land.ofKey(ags.land()));
        var deadlines = land.map(l -> new Deadlines(chosen.daysAfterPosting(), l)).orElse(null);
        var result = klartext.explain(text, chosen.policy(), deadlines, chosen.languageModel(),
                provider -> audit.record(AuditEvent.of(caller.tenant(), Actor.current(), "klartext.inference.request",
                        Outcome.ALLOWED).on("inference-provider", provider).forPurpose(PURPOSE)));
        var action = "klartext.explain." + result.engine().key() + (result.fallback() == null ? "" : "." + result.fallback());
        var event = AuditEvent.of(caller.tenant(), Actor.current(), action, Outcome.ALLOWED).forPurpose(PURPOSE);
        audit.record(result.provider() == null ? event : event.on("inference-provider", result.provider()));
        return result;
    }
}
