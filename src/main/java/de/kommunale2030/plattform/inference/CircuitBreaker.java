package de.kommunale2030.plattform.inference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calls to a provider that failed {@code threshold} calls in a row, for {@code coolDown};
 * afterwards one trial call goes through (half-open), and its result closes or reopens the circuit.
 * <p>
 * The state lives in this instance only. With several platform instances each learns on its own that
 * the provider fails, after at most {@code threshold} calls; that costs a few more failed calls than a
 * shared state would, but needs no coordination, and a failure seen by one instance (its network path,
 * its DNS) is not imposed on the others.
 */
final class CircuitBreaker {

    private enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;

    private State state = State.CLOSED;
    private int failuresInARow;
    private Instant openedAt = Instant.MIN;

    CircuitBreaker(int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** Whether a call may go out now; a {@code true} after the cool-down makes this call the trial. */
    synchronized boolean permit() {
        return switch (state) {
            case CLOSED -> true;
            case HALF_OPEN -> false;
            case OPEN -> {
                if (coolDownOver()) {
                    state = State.HALF_OPEN;
                    yield true;
                }
                yield false;
            }
        };
    }

    /** Whether {@link #permit()} would let a call out, without making it the trial. */
    synchronized boolean wouldPermit() {
        return state == State.CLOSED || state == State.OPEN && coolDownOver();
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        failuresInARow = 0;
    }

    synchronized void failed() {
        failuresInARow++;
        if (state == State.HALF_OPEN || failuresInARow >= threshold) {
            state = State.OPEN;
            openedAt = clock.instant();
        }
    }

    private boolean coolDownOver() {
        return !clock.instant().isBefore(openedAt.plus(coolDown));
    }
}
