package de.kommunale2030.plattform.inference;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import de.kommunale2030.plattform.anonymization.EntityType;

/**
 * Metadata of one call, never its content: safe to log and to count.
 *
 * @param provider      the provider's host and port, {@code none} without a provider
 * @param model         the configured model name
 * @param country       the provider's country (ISO 3166-1 alpha-2) as configured
 * @param attempts      requests sent, retries included; 0 when the call was refused before sending
 * @param duration      from the call until its result, backoff included
 * @param bytesSent     request body bytes, summed over attempts
 * @param bytesReceived response body bytes, summed over attempts
 * @param lastStatus    HTTP status of the last response, 0 if none arrived
 * @param outcome       how the call ended
 * @param blocked       for {@link Outcome#EGRESS_BLOCKED}: how many findings of each type the egress
 *                      guard made (counts only, never values); empty otherwise
 */
public record Call(String provider, String model, String country, int attempts, Duration duration, long bytesSent,
        long bytesReceived, int lastStatus, Outcome outcome, Map<EntityType, Integer> blocked) {

    public Call {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(blocked, "blocked");
        if (attempts < 0 || bytesSent < 0 || bytesReceived < 0 || duration.isNegative()) {
            throw new IllegalArgumentException("Negative call figures");
        }
        blocked = Map.copyOf(blocked);
    }
}
