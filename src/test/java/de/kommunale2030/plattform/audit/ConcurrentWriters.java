package de.kommunale2030.plattform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.kommunale2030.plattform.tenancy.TenantId;

/**
 * Writers that record single entries into one tenant's chain at the same time, spread over one or
 * more application instances (their {@link AuditLog}s).
 */
final class ConcurrentWriters {

    private ConcurrentWriters() {
    }

    /** {@code writers} threads, each recording {@code entries} entries through the instances in turn. */
    static void record(TenantId tenant, List<AuditLog> instances, int writers, int entries) throws Exception {
        try (var pool = Executors.newFixedThreadPool(writers)) {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < writers; writer++) {
                var instance = instances.get(writer % instances.size());
                done.add(pool.submit(() -> {
                    for (int i = 0; i < entries; i++) {
                        instance.record(AuditEvent.of(tenant, Actor.system(), "records.case.read", Outcome.ALLOWED));
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
    }
}
