package de.kommunale2030.plattform.records;

import de.kommunale2030.plattform.privacy.Purposes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every records page shows: the purposes to choose from and the one chosen, which every link
 * and form of the page carries on ({@code zweck}). The purpose key is the only parameter of these
 * pages that goes into a URL; it is not personal data.
 */
@Component
class RecordsPageModel {

    static final String PURPOSE_PARAMETER = "zweck";

    private final Purposes purposes;

    RecordsPageModel(Purposes purposes) {
        this.purposes = purposes;
    }

    /** Adds the purposes and the chosen one ({@code purpose}, absent if none or an unknown one was named). */
    void purposeChoice(Model model, String chosen) {
        model.addAttribute("purposes", purposes.all());
        purposes.find(chosen).ifPresent(purpose -> model.addAttribute("purpose", purpose));
    }

    /** The page again with what was typed and why it was refused (400): nothing is lost, nothing stored. */
    static ModelAndView refused(String view, Model model, InvalidRecord invalid) {
        model.addAttribute("errorText", invalid.getMessage());
        return new ModelAndView(view, model.asMap(), HttpStatus.BAD_REQUEST);
    }

    /** The page that follows a change, with its confirmation, for the same purpose. */
    static ModelAndView after(String path, String purpose, String doneKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("doneKey", doneKey);
        return redirectTo(path, purpose);
    }

    /** Back to the page a refused action came from, saying why. */
    static ModelAndView back(String path, String purpose, String errorText, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorText", errorText);
        return redirectTo(path, purpose);
    }

    /**
     * A redirect as a view object rather than a view name, so nothing of the request can select a
     * view; it carries no model attributes into the URL, only the purpose.
     */
    private static ModelAndView redirectTo(String path, String purpose) {
        var view = new RedirectView(link(path, purpose), true);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    /** A page path with the purpose as its query; a malformed purpose is left out rather than echoed. */
    static String link(String path, String purpose) {
        var link = UriComponentsBuilder.fromPath(path);
        if (Purposes.isKey(purpose)) {
            link.queryParam(PURPOSE_PARAMETER, purpose);
        }
        return link.build().encode().toUriString();
    }
}
