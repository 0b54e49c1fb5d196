package de.kommunale2030.plattform.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * OWASP ASVS 5.0 password rules: at least 12 and at most 128 characters, no composition rules,
 * not one of the 49,233 common passwords shipped with the platform (also not such a password
 * followed or preceded by digits and symbols), not the user name.
 */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 128;

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy withShippedList() {
        var resource = new ClassPathResource("identity/common-passwords.txt");
        Set<String> common = new HashSet<>(65_536);
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(common::add);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the application", e);
        }
        return new PasswordPolicy(Set.copyOf(common));
    }

    int commonPasswords() {
        return common.size();
    }

    /**
     * @return the German reason why the password is refused, or empty when it is acceptable
     */
    Optional<String> violation(String password, Username username) {
        if (password == null) {
            return Optional.of("Bitte geben Sie ein Passwort ein.");
        }
        var length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("Das Passwort muss mindestens " + MINIMUM_LENGTH + " Zeichen lang sein.");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of("Das Passwort darf höchstens " + MAXIMUM_LENGTH + " Zeichen lang sein.");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(core(lower))) {
            return Optional.of("Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.");
        }
        if (username != null && lower.contains(username.value())) {
            return Optional.of("Das Passwort darf den Benutzernamen nicht enthalten.");
        }
        if (lower.codePoints().distinct().count() < 4) {
            return Optional.of("Das Passwort besteht aus zu wenigen verschiedenen Zeichen.");
        }
        return Optional.empty();
    }

    /** "passwort2024!" → "passwort": the word people decorate to satisfy length rules. */
    private static String core(String password) {
        return password.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }
}
