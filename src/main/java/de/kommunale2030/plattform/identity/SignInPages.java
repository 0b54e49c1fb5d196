package de.kommunale2030.plattform.identity;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The German sign-in pages: the same state machine as the JSON API, as forms without script.
 */
@Controller
@ConditionalOnWebApplication
class SignInPages {

    private final SignIn signIn;
    private final SignInSessions sessions;
    private final AccountOverview overview;

    SignInPages(SignIn signIn, SignInSessions sessions, AccountOverview overview) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.overview = overview;
    }

    @GetMapping("/anmelden")
    String form() {
        return "anmelden";
    }

    @PostMapping("/anmelden")
    String signIn(@RequestParam(defaultValue = "") String tenant, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            var started = signIn.withPassword(tenant, username, password, request.getRemoteAddr());
            sessions.store(started, request, response);
            return next(started);
        }
        catch (SignInRefused refused) {
            response.setStatus(refused.isThrottled() ? 429 : 401);
            model.addAttribute("error", refused.isThrottled() ? "signin.error.throttled" : "signin.error.refused");
            model.addAttribute("tenant", tenant);
            return "anmelden";
        }
    }

    @GetMapping("/anmelden/passwort")
    String passwordForm() {
        return stageOrStart(SignInStage.PASSWORD_CHANGE_REQUIRED, "anmelden-passwort");
    }

    @PostMapping("/anmelden/passwort")
    String changePassword(@RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String repeatedPassword, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var current = sessions.current();
        if (current.isEmpty()) {
            return "redirect:/anmelden";
        }
        if (!newPassword.equals(repeatedPassword)) {
            model.addAttribute("errorKey", "signin.password.mismatch");
            response.setStatus(400);
            return "anmelden-passwort";
        }
        try {
            var next = signIn.changePassword(current.get(), newPassword);
            sessions.endOtherSessions(next, request);
            sessions.store(next, request, response);
            return next(next);
        }
        catch (SignIn.PasswordRejected rejected) {
            model.addAttribute("errorText", rejected.getMessage());
            response.setStatus(400);
            return "anmelden-passwort";
        }
        catch (SignIn.WrongSignInStage wrong) {
            return "redirect:/anmelden";
        }
    }

    @GetMapping("/anmelden/zweiter-faktor/einrichten")
    String enrolmentForm(HttpServletRequest request, Model model) {
        var current = sessions.current().filter(c -> c.stage() == SignInStage.MFA_ENROLLMENT_REQUIRED);
        if (current.isEmpty()) {
            return "redirect:/anmelden";
        }
        // a pending secret stays the same until confirmed, so a code from an app that scanned it still fits
        var pending = sessions.pendingSecret(request, current.get());
        var enrolment = pending.map(secret -> signIn.enrolment(current.get(), secret))
            .orElseGet(() -> signIn.startEnrolment(current.get()));
        if (pending.isEmpty()) {
            sessions.keepPendingSecret(request, current.get(), enrolment.secret());
        }
        model.addAttribute("failed", request.getParameter("fehler") != null);
        model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.otpauthUri()));
        model.addAttribute("secret", Base32.encode(enrolment.secret()).replaceAll("(.{4})(?!$)", "$1 "));
        return "anmelden-einrichten";
    }

    @PostMapping("/anmelden/zweiter-faktor/einrichten")
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var current = sessions.current().filter(c -> c.stage() == SignInStage.MFA_ENROLLMENT_REQUIRED);
        if (current.isEmpty()) {
            return "redirect:/anmelden";
        }
        var pending = sessions.pendingSecret(request, current.get());
        try {
            var enrolled = signIn.confirmEnrolment(current.get(), pending, code.replace(" ", ""));
            sessions.forgetPendingSecret(request);
            sessions.store(enrolled.authentication(), request, response);
            model.addAttribute("recoveryCodes", enrolled.recoveryCodes());
            return "anmelden-wiederherstellungscodes";
        }
        catch (SignInRefused refused) {
            return "redirect:/anmelden/zweiter-faktor/einrichten?fehler";
        }
    }

    @GetMapping("/anmelden/zweiter-faktor")
    String secondFactorForm() {
        return stageOrStart(SignInStage.MFA_REQUIRED, "anmelden-zweiter-faktor");
    }

    @PostMapping("/anmelden/zweiter-faktor")
    String secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var current = sessions.current();
        if (current.isEmpty()) {
            return "redirect:/anmelden";
        }
        try {
            var authenticated = signIn.withSecondFactor(current.get(), code.strip());
            sessions.store(authenticated, request, response);
            return "redirect:/konto";
        }
        catch (SignInRefused refused) {
            response.setStatus(401);
            model.addAttribute("error", "signin.error.code");
            return "anmelden-zweiter-faktor";
        }
        catch (SignIn.WrongSignInStage wrong) {
            return "redirect:/anmelden";
        }
    }

    @GetMapping("/konto")
    String account(Model model) {
        var me = overview.of(sessions.current().orElseThrow(SignInRefused::refused));
        model.addAttribute("username", me.username().value());
        model.addAttribute("tenantName", me.tenantName());
        model.addAttribute("ags", me.ags() == null ? SignIn.PLATFORM : me.ags());
        model.addAttribute("roles", me.roles().stream().map(Role::label).toList());
        model.addAttribute("permissions", me.permissions());
        model.addAttribute("canManageUsers", me.permissions().contains(Permission.USER_MANAGE.key()));
        model.addAttribute("canReadAudit", me.permissions().contains(Permission.AUDIT_READ.key()));
        model.addAttribute("canManageSettings", me.permissions().contains(Permission.SETTINGS_MANAGE.key()));
        model.addAttribute("canExplain", me.permissions().contains(Permission.KLARTEXT_USE.key()));
        model.addAttribute("canReadCases", me.permissions().contains(Permission.CASE_READ.key()));
        model.addAttribute("canReadPersons", me.permissions().contains(Permission.PERSON_READ.key()));
        return "konto";
    }

    @PostMapping("/abmelden")
    String signOut(HttpServletRequest request) {
        sessions.end(request);
        return "redirect:/";
    }

    private String stageOrStart(SignInStage stage, String page) {
        return sessions.current().filter(c -> c.stage() == stage).isPresent() ? page : "redirect:/anmelden";
    }

    private static String next(PlatformAuthentication signIn) {
        return switch (signIn.stage()) {
            case PASSWORD_CHANGE_REQUIRED -> "redirect:/anmelden/passwort";
            case MFA_ENROLLMENT_REQUIRED -> "redirect:/anmelden/zweiter-faktor/einrichten";
            case MFA_REQUIRED -> "redirect:/anmelden/zweiter-faktor";
            case AUTHENTICATED -> "redirect:/konto";
        };
    }
}
