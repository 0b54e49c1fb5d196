package de.kommunale2030.plattform.inference;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the content of the first choice, as the model wrote it (placeholders included)
 * @param call how the answer was obtained
 */
public record Completion(String text, Call call) {

    public Completion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(call, "call");
    }

    /** Length only: an answer that ends up in a log line must not carry its text there. */
    @Override
    public String toString() {
        return "Completion[text=" + text.length() + " chars, call=" + call + "]";
    }
}
