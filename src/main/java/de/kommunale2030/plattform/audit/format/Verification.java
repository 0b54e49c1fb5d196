package de.kommunale2030.plattform.audit.format;

import java.util.UUID;

/**
 * What a verification found.
 *
 * @param entries        entries checked and found in order
 * @param checkpoints    signed checkpoints that matched the chain
 * @param firstBadSeq    the sequence number where the first fault shows, absent when intact
 * @param problem        the first fault in German, absent when intact
 * @param keyFingerprint SHA-256 of the public key that signatures were checked against
 */
public record Verification(UUID tenant, boolean intact, long entries, long checkpoints, Long firstBadSeq,
        String problem, String keyFingerprint) {
}
