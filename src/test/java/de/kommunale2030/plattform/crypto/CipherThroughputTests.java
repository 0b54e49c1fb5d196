package de.kommunale2030.plattform.crypto;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only that the measurement works; speed is measured by hand, never asserted. */
class CipherThroughputTests {

    @Test
    void measuresBothDirections() {
        var result = CipherThroughput.measure(1024, Duration.ofMillis(20));
        assertThat(result.payloadBytes()).isEqualTo(1024);
        assertThat(result.encryptMegabytesPerSecond()).isPositive();
        assertThat(result.decryptMegabytesPerSecond()).isPositive();
        assertThat(CipherThroughput.measure(0, Duration.ofMillis(5)).encryptMegabytesPerSecond()).isZero();
    }

    @Test
    void refusesMeaninglessArguments() {
        assertThatThrownBy(() -> CipherThroughput.measure(-1, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CipherThroughput.measure(64, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
