package de.kommunale2030.plattform.inference;

import java.util.Objects;

/**
 * A call that did not produce a completion. The message is built from the reason, a fixed
 * explanation and the call's metadata, never from the prompt or the answer.
 */
public final class LanguageModelFailure extends RuntimeException {

    private final transient Call call;

    LanguageModelFailure(Call call, String explanation) {
        super(call.outcome() + ": " + explanation + " (" + call + ")");
        if (call.outcome() == Outcome.COMPLETED) {
            throw new IllegalArgumentException("A completed call is no failure");
        }
        this.call = Objects.requireNonNull(call, "call");
    }

    public Outcome reason() {
        return call.outcome();
    }

    public Call call() {
        return call;
    }
}
