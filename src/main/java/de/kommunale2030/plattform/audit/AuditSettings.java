package de.kommunale2030.plattform.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checkpointEveryEntries a checkpoint is signed at every multiple of this in a tenant's chain
 * @param checkpointEvery        and at the latest this long after the last one, if entries arrived since
 * @param checkpointDirectory    where checkpoints are appended outside the database, one file per tenant
 * @param pruneEvery             how often each instance removes entries past their tenant's retention period
 */
@ConfigurationProperties("k2030.audit")
record AuditSettings(@DefaultValue("1000") int checkpointEveryEntries, @DefaultValue("5m") Duration checkpointEvery,
        Path checkpointDirectory, @DefaultValue("1h") Duration pruneEvery) {

    AuditSettings {
        if (checkpointEveryEntries < 1) {
            throw new IllegalArgumentException("k2030.audit.checkpoint-every-entries must be at least 1");
        }
        if (pruneEvery.isNegative() || pruneEvery.isZero()) {
            throw new IllegalArgumentException("k2030.audit.prune-every must be positive");
        }
    }
}
