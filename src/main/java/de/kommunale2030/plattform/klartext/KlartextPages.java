package de.kommunale2030.plattform.klartext;

import java.io.IOException;
import java.io.UncheckedIOException;

import de.kommunale2030.plattform.audit.AuditsItself;
import de.kommunale2030.plattform.identity.Acting;
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

    @GetMapping("/klartext")
    String form(Model model) {
        model.addAttribute("text", "");
        return "klartext";
    }

    @PostMapping("/klartext")
    String explain(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) {
        var caller = Acting.current().orElseThrow(() -> new IllegalStateException("access rules admit signed-in callers only"));
        model.addAttribute("text", text);
        try {
            var notice = file != null && !file.isEmpty() ? reader.uploaded(bytes(file), file.getOriginalFilename())
                    : reader.pasted(text);
            var result = explanations.explain(caller, notice);
            model.addAttribute("original", notice);
            model.addAttribute("result", result);
            model.addAttribute("checklist", Checklist.of(result.facts(), result.deadlines()));
        }
        catch (UnreadableNotice unreadable) {
            response.setStatus(KlartextProblems.status(unreadable).value());
            model.addAttribute("errorText", unreadable.germanMessage());
        }
        return "klartext";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
