package de.kommunale2030.plattform.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sessionIdleTimeout     a session ends after this long without a request (tenants may choose their own)
 * @param sessionAbsoluteTimeout a session ends this long after sign-in, however active (tenants may choose their own)
 * @param lockoutThreshold       failed attempts within {@code lockoutWindow} that lock an account
 * @param lockoutWindow          the window in which failures are counted
 * @param clientAttempts         sign-in attempts one client address may make per {@code clientWindow}
 * @param clientWindow           the window of the per-address limit
 * @param concurrentPasswordHashes Argon2id computations that may run at once; 0 means one per available processor
 */
@ConfigurationProperties("k2030.identity")
record IdentitySettings(@DefaultValue("30m") Duration sessionIdleTimeout, @DefaultValue("10h") Duration sessionAbsoluteTimeout, @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutWindow, @DefaultValue("60") int clientAttempts,
        @DefaultValue("5m") Duration clientWindow, @DefaultValue("0") int concurrentPasswordHashes) {
}
