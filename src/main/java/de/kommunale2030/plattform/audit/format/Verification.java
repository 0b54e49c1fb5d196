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

    /** The JSON result of the commands and the API, in a fixed order, naming the tenant as given. */
    public java.util.Map<String, Object> report(String tenantName) {
        var report = new java.util.LinkedHashMap<String, Object>();
        report.put("tenant", tenantName);
        report.put("intact", intact);
        report.put("entries", entries);
        report.put("checkpoints", checkpoints);
        report.put("firstBadSeq", firstBadSeq);
        report.put("problem", problem);
        report.put("keyFingerprint", keyFingerprint);
        return report;
    }
}
