package de.kommunale2030.plattform.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

import de.kommunale2030.plattform.audit.format.ExportVerifier;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.tenancy.Tenant;
import de.kommunale2030.plattform.tenancy.TenantId;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 bench audit}: audited writes per second (single-entry transactions in one tenant
 * and spread over tenants, batches), verification in the database and offline, export. It
 * registers benchmark tenants ("Benchmark …") and fills their chains, so it belongs on a scratch
 * data directory, never on a production installation.
 */
@Component
class AuditBenchmark implements CommandHandler {

    private static final int BATCH = 1000;

    private final AuditLog log;
    private final Tenants tenants;
    private final ChainVerification verification;
    private final AuditExports exports;
    private final JsonMapper json;

    AuditBenchmark(AuditLog log, Tenants tenants, ChainVerification verification, AuditExports exports, JsonMapper json) {
        this.log = log;
        this.tenants = tenants;
        this.verification = verification;
        this.exports = exports;
        this.json = json;
    }

    @Override
    public String command() {
        return "bench audit";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        int seconds;
        int threads;
        try {
            seconds = Integer.parseInt(invocation.optional("seconds").orElse("10"));
            threads = Integer.parseInt(invocation.optional("threads").orElse("16"));
        }
        catch (NumberFormatException e) {
            err.println("--seconds und --threads erwarten ganze Zahlen.");
            return CommandLineInterface.USAGE;
        }
        if (seconds < 1 || threads < 1 || threads > 256) {
            err.println("--seconds ab 1, --threads von 1 bis 256.");
            return CommandLineInterface.USAGE;
        }
        err.println("Achtung: legt Benchmark-Mandanten an; nur auf einem Test-Datenverzeichnis ausführen.");
        var results = new LinkedHashMap<String, Object>();
        results.put("threads", threads);
        results.put("seconds", seconds);

        var single = newTenant();
        err.println("Einzelne Transaktionen, ein Mandant …");
        results.put("singleEntryTransactionsPerSecondOneTenant",
                rate(threads, seconds, worker -> () -> log.record(event(single.id()))));

        var spread = new ArrayList<Tenant>();
        for (int i = 0; i < threads; i++) {
            spread.add(newTenant());
        }
        err.println("Einzelne Transaktionen, " + threads + " Mandanten …");
        results.put("singleEntryTransactionsPerSecondAcrossTenants",
                rate(threads, seconds, worker -> () -> log.record(event(spread.get(worker).id()))));

        var batched = newTenant();
        err.println("Stapel zu " + BATCH + " Einträgen, ein Mandant …");
        results.put("batchedEntriesPerSecondOneTenant", BATCH * rate(1, seconds, worker -> () -> log.recordAll(batch(batched.id()))));
        err.println("Stapel zu " + BATCH + " Einträgen, " + threads + " Mandanten …");
        results.put("batchedEntriesPerSecondAcrossTenants",
                BATCH * rate(threads, seconds, worker -> () -> log.recordAll(batch(spread.get(worker).id()))));

        err.println("Prüfen in der Datenbank …");
        var started = System.nanoTime();
        var verified = verification.verify(batched.id());
        results.put("verifiedEntries", verified.entries());
        results.put("databaseVerificationEntriesPerSecond", perSecond(verified.entries(), started));
        if (!verified.intact()) {
            err.println("Die Benchmark-Kette ist nicht unversehrt: " + verified.problem());
            return CommandLineInterface.FAILURE;
        }

        try {
            var file = Files.createTempFile("k2030-audit-bench-", ".jsonl");
            try {
                err.println("Export …");
                started = System.nanoTime();
                long exported;
                try (var writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
                    exported = exports.export(batched, Actor.commandLine(), null, null, AuditExports.Format.JSONL, writer);
                }
                results.put("exportEntriesPerSecond", perSecond(exported, started));
                results.put("exportBytesPerEntry", Files.size(file) / Math.max(1, exported));
                err.println("Offline prüfen (dreimal; der erste Lauf enthält das Aufwärmen des JIT) …");
                var rates = new ArrayList<Long>();
                for (int round = 0; round < 3; round++) {
                    started = System.nanoTime();
                    try (var reader = Files.newInputStream(file)) {
                        var offline = new ExportVerifier().verify(reader, null);
                        rates.add(perSecond(offline.entries(), started));
                        results.put("offlineIntact", offline.intact());
                    }
                }
                results.put("offlineVerificationEntriesPerSecond", rates);
            }
            finally {
                Files.deleteIfExists(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(json.writeValueAsString(results));
        return CommandLineInterface.OK;
    }

    /** Runs {@code threads} workers for {@code seconds} after a one-second warm-up; operations per second. */
    private long rate(int threads, int seconds, java.util.function.IntFunction<Runnable> work) {
        var done = new LongAdder();
        var end = System.nanoTime() + (seconds + 1) * 1_000_000_000L;
        var warm = System.nanoTime() + 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                var operation = work.apply(i);
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        operation.run();
                        if (System.nanoTime() >= warm) {
                            done.increment();
                        }
                    }
                });
            }
        }
        return done.sum() / seconds;
    }

    private static long perSecond(long count, long startedNanos) {
        return Math.round(count / ((System.nanoTime() - startedNanos) / 1e9));
    }

    private Tenant newTenant() {
        return tenants.registerScratch("Benchmark Audit-Log");
    }

    private static AuditEvent event(TenantId tenant) {
        return AuditEvent.of(tenant, Actor.user(UUID.randomUUID()), "records.case.read", Outcome.ALLOWED)
            .on("case", UUID.randomUUID())
            .forPurpose("grundsteuer");
    }

    private static List<AuditEvent> batch(TenantId tenant) {
        var events = new ArrayList<AuditEvent>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            events.add(event(tenant));
        }
        return events;
    }
}
