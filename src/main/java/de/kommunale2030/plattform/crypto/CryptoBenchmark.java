package de.kommunale2030.plattform.crypto;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 bench crypto [--subjects N]}: AES-256-GCM throughput of one thread for several
 * value sizes, and creating and shredding N subject keys (each shredding audited) in transactions
 * of 1000. Registers a benchmark tenant: scratch data directories only.
 */
@Component
class CryptoBenchmark implements CommandHandler {

    private static final int BATCH = 1000;
    private static final int[] PAYLOADS = { 64, 1024, 64 * 1024, 1024 * 1024 };

    private final Encryption encryption;
    private final Tenants tenants;
    private final TenantTransactions transactions;
    private final JsonMapper json;

    CryptoBenchmark(Encryption encryption, Tenants tenants, TenantTransactions transactions, JsonMapper json) {
        this.encryption = encryption;
        this.tenants = tenants;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public String command() {
        return "bench crypto";
    }

    @Override
    public int run(Invocation invocation, PrintStream out, PrintStream err) {
        int subjects;
        try {
            subjects = Integer.parseInt(invocation.optional("subjects").orElse("10000"));
        }
        catch (NumberFormatException e) {
            err.println("--subjects erwartet eine ganze Zahl.");
            return CommandLineInterface.USAGE;
        }
        if (subjects < 1 || subjects > 1_000_000) {
            err.println("--subjects von 1 bis 1000000.");
            return CommandLineInterface.USAGE;
        }
        err.println("Achtung: legt einen Benchmark-Mandanten an; nur auf einem Test-Datenverzeichnis ausführen.");
        var results = new LinkedHashMap<String, Object>();
        var ciphers = new ArrayList<CipherFigures>();
        for (var payload : PAYLOADS) {
            err.println("AES-256-GCM, " + payload + " Bytes je Wert …");
            var measured = CipherThroughput.measure(payload, Duration.ofSeconds(3));
            ciphers.add(new CipherFigures(payload, Math.round(measured.encryptMegabytesPerSecond()),
                    Math.round(measured.decryptMegabytesPerSecond())));
        }
        results.put("aes256gcmSingleThread", ciphers);

        var tenant = tenants.registerScratch("Benchmark Verschlüsselung").id();
        var ids = new ArrayList<UUID>(subjects);
        err.println(subjects + " Personenschlüssel anlegen …");
        var created = timed(() -> inBatches(subjects, count -> transactions.runAs(tenant, () -> {
            for (int i = 0; i < count; i++) {
                var subject = UUID.randomUUID();
                try (var key = encryption.createSubject(tenant, subject)) {
                    key.encrypt(new CellAddress(tenant.value(), "bench", "value", subject.toString()), "Wert");
                }
                ids.add(subject);
            }
        })));
        err.println(subjects + " Personenschlüssel vernichten …");
        var position = new int[1];
        var shredded = timed(() -> inBatches(subjects, count -> transactions.runAs(tenant, () -> {
            for (int i = 0; i < count; i++) {
                encryption.shred(tenant, ids.get(position[0]++), Actor.commandLine());
            }
        })));
        results.put("subjects", subjects);
        results.put("subjectKeysCreatedPerSecond", Math.round(subjects / created));
        results.put("subjectsShreddedPerSecond", Math.round(subjects / shredded));
        results.put("shreddingSeconds", Math.round(shredded * 100) / 100.0);
        out.println(json.writeValueAsString(results));
        return CommandLineInterface.OK;
    }

    /** One line of the throughput result; MB are 10^6 bytes of plaintext. */
    record CipherFigures(int payloadBytes, long encryptMegabytesPerSecond, long decryptMegabytesPerSecond) {
    }

    private static void inBatches(int total, java.util.function.IntConsumer batch) {
        for (int done = 0; done < total; done += BATCH) {
            batch.accept(Math.min(BATCH, total - done));
        }
    }

    /** Seconds the work took. */
    private static double timed(Runnable work) {
        var start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
