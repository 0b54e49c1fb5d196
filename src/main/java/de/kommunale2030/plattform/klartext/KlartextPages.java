package de.kommunale2030.plattform.klartext;


import java.util.List;

import de.kommunale2030.plattform.audit.AuditsItself;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Bescheid erklären" for clerks: paste a notice or upload it (PDF or text), then read original and
 * explanation side by side, tick off the facts, compare readability, copy or print the
 * explanation. The notice travels in the POST body and is not stored; a refusal keeps the text.
 */
@Controller
@AuditsItself
@ConditionalOnWebApplication
class KlartextPages {

    private final Explanations explanations;
    private final NoticeReader reader;

    KlartextPages(Explanations explanations, NoticeReader reader) {
        this.explanations = explanations;
        this.reader = reader;
    }

    /** One row of the readability table: the measure's message key and its value for both texts. */
    record Measure(String label, double original, double explained) {

        static List<Measure> of(Readability original, Readability explained) {
            return List.of(
                    new Measure("klartext.readability.amstad", original.fleschAmstad(), explained.fleschAmstad()),
                    new Measure("klartext.readability.wiener", original.wienerSachtextformel(),
                            explained.wienerSachtextformel()),
                    new Measure("klartext.readability.lix", original.lix(), explained.lix()),
                    new Measure("klartext.readability.sentenceLength", original.meanSentenceLength(),
                            explained.meanSentenceLength()));
        }
    }

    @GetMapping("/klartext")
    String form(Model model) {
        model.addAttribute("text", "");
        return "klartext";
    }

    @PostMapping("/klartext")
    String explain(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) {
        model.addAttribute("text", text);
        try {
            var notice = file != null && !file.isEmpty() ? reader.uploaded(file) : reader.pasted(text);
            var result = explanations.explain(notice);
            model.addAttribute("original", notice);
            model.addAttribute("result", result);
            model.addAttribute("checklist", Checklist.of(result.facts(), result.deadlines()));
            model.addAttribute("readability", Measure.of(result.original(), result.explained()));
        }
        catch (UnreadableNotice unreadable) {
            response.setStatus(KlartextProblems.status(unreadable).value());
            model.addAttribute("errorText", unreadable.germanMessage());
        }
        return "klartext";
    }

}
