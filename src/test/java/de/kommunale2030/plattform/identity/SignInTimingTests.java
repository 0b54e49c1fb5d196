package de.kommunale2030.plattform.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.PlatformClient;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker must not learn from response times whether an account exists or is locked:
 * 200 attempts per case over HTTPS, interleaved so that drift of the machine hits every case
 * alike; the medians lie within 5 ms of each other.
 */
class SignInTimingTests extends PlatformTest {

    static final int ATTEMPTS = 200;

    @Test
    void unknownUserWrongPasswordAndLockedAccountTakeTheSameTime() {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Stoppuhr", Username.of("admin"));
        var locked = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Riegel", Username.of("admin"));
        var ags = tenant.tenant().ags().value();
        var lockedAgs = locked.tenant().ags().value();
        var client = new PlatformClient(DATA_DIRECTORY, port).withCsrf();
        for (int i = 0; i < 5; i++) {
            client.post("/api/v1/session", Map.of("tenant", lockedAgs, "username", "admin", "password", "falsch" + i));
        }
        // the first lockout lasts a minute, which a slow run outlasts; this test is about timing, not lockout
        assertThat(inTenant(locked.tenant().id(), () -> jdbc.sql(
                "UPDATE identity.account SET locked_until = now() + interval '1 hour' WHERE locked_until IS NOT NULL").update()))
            .isOne();
        // warm-up: the first requests of a JVM are slower for reasons unrelated to the case
        for (int i = 0; i < 10; i++) {
            client.post("/api/v1/session", Map.of("tenant", ags, "username", "niemand", "password", "warm-up"));
        }

        // four wrong passwords per account stay below the lockout threshold; a correct password alone
        // never resets the count (it would let an attacker who knows it guess second factors forever)
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS / 4; i++) {
            targets.add(onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Ziel " + i, Username.of("admin")).tenant().ags().value());
        }

        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        List<Long> lockedAccount = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            var attempt = i;
            List<Runnable> cases = List.of(
                    () -> unknown.add(timed(client, Map.of("tenant", ags, "username", "niemand", "password", "Passwort-" + attempt))),
                    () -> wrong.add(timed(client,
                            Map.of("tenant", targets.get(attempt / 4), "username", "admin", "password", "Passwort-" + attempt))),
                    () -> lockedAccount.add(timed(client,
                            Map.of("tenant", lockedAgs, "username", "admin", "password", locked.initialPassword()))));
            // each case takes each position in turn: the first request of a round is slower for
            // reasons that have nothing to do with the case (measured: about 5 ms)
            for (int position = 0; position < cases.size(); position++) {
                cases.get((position + attempt) % cases.size()).run();
            }
        }
        var medians = List.of(median(unknown), median(wrong), median(lockedAccount));
        var spread = medians.stream().mapToLong(Long::longValue).max().orElseThrow()
                - medians.stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(spread).as("medians in µs: unknown %s, wrong %s, locked %s", medians.get(0), medians.get(1),
                medians.get(2)).isLessThan(5_000);
    }

    private static long timed(PlatformClient client, Map<String, String> body) {
        var start = System.nanoTime();
        var response = client.post("/api/v1/session", body);
        var micros = (System.nanoTime() - start) / 1_000;
        assertThat(response.status()).isEqualTo(401);
        return micros;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
