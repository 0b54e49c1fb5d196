package de.kommunale2030.plattform.identity;

import java.time.Duration;
import java.time.Instant;

import de.kommunale2030.plattform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ClientThrottleTests extends PlatformTest {

    @Autowired
    IdentityKeys keys;

    @Test
    void refusesAClientAddressAfterItsAttemptsAndStoresNoAddressInClear() {
        var settings = new IdentitySettings(Duration.ofMinutes(30), Duration.ofHours(10), 5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5), 0);
        var throttle = new ClientThrottle(jdbc, settings, keys);
        var now = Instant.parse("2026-11-27T10:00:10Z");
        var address = "203.0.113." + (System.nanoTime() % 200);
        assertThat(throttle.tryAttempt(address, now)).isTrue();
        assertThat(throttle.tryAttempt(address, now)).isTrue();
        assertThat(throttle.tryAttempt(address, now)).isTrue();
        assertThat(throttle.tryAttempt(address, now)).isFalse();
        assertThat(throttle.tryAttempt("198.51.100.7", now)).as("another address").isTrue();
        assertThat(throttle.tryAttempt(address, now.plus(Duration.ofMinutes(5)))).as("the next window").isTrue();
        var stored = jdbc.sql("SELECT encode(client_hash, 'escape') FROM identity.login_throttle").query(String.class).list();
        assertThat(stored).noneMatch(hash -> hash.contains(address));
    }
}
