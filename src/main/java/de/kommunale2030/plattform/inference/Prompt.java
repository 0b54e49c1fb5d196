package de.kommunale2030.plattform.inference;

import java.util.Objects;

/**
 * What goes to the model: pseudonymised text only, the egress guard checks both parts.
 *
 * @param instructions the system message: what the model is to do
 * @param content      the user message: the (pseudonymised) text to work on
 */
public record Prompt(String instructions, String content) {

    public Prompt {
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(content, "content");
        if (instructions.isBlank() || content.isBlank()) {
            throw new IllegalArgumentException("A prompt needs instructions and content");
        }
    }

    /** Lengths only: a prompt that ends up in a log line must not carry its text there. */
    @Override
    public String toString() {
        return "Prompt[instructions=" + instructions.length() + " chars, content=" + content.length() + " chars]";
    }
}
