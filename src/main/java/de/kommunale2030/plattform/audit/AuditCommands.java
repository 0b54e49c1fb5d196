package de.kommunale2030.plattform.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.kommunale2030.plattform.audit.format.Verification;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.tenancy.Tenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./k2030 audit verify} and {@code ./k2030 audit export}. Results go to stdout as JSON,
 * explanations in German to stderr.
 */
@Configuration(proxyBeanMethods = false)
class AuditCommands {

    @Bean
    CommandHandler auditVerifyCommand(AuditTenants tenants, ChainVerification verification, JsonMapper json) {
        return new Command("audit verify", tenants, (tenant, invocation, out, err) -> {
            var result = verification.verifyFor(tenant.id(), Actor.commandLine());
            out.println(json.writeValueAsString(report(tenant, result)));
            err.println(summary(tenant, result));
            return result.intact() ? CommandLineInterface.OK : CommandLineInterface.FAILURE;
        });
    }

    @Bean
    CommandHandler auditExportCommand(AuditTenants tenants, AuditExports exports) {
        return new Command("audit export", tenants, (tenant, invocation, out, err) -> {
            var from = AuditTenants.time(invocation.optional("from").orElse(null));
            var to = AuditTenants.time(invocation.optional("to").orElse(null));
            var format = AuditExports.Format.parse(invocation.optional("format").orElse(null));
            var file = Path.of(invocation.option("out"));
            if (Files.exists(file)) {
                err.println("Die Datei " + file + " gibt es schon; ein Export überschreibt nichts.");
                return CommandLineInterface.FAILURE;
            }
            long entries;
            try {
                exports.prepare(tenant, Actor.commandLine(), format);
            }
            catch (AuditExports.ChainDamaged damaged) {
                err.println(damaged.getMessage());
                return CommandLineInterface.FAILURE;
            }
            try (var writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE))) {
                entries = exports.write(tenant, from, to, format, writer);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            err.println(entries + " Einträge exportiert nach " + file);
            return CommandLineInterface.OK;
        });
    }

    @Bean
    CommandHandler auditRetentionCommand(AuditTenants tenants, AuditRetention retention, JsonMapper json) {
        return new Command("audit retention", tenants, (tenant, invocation, out, err) -> {
            var months = invocation.optional("months");
            var policy = months.isEmpty() ? retention.policy(tenant.id())
                    : retention.change(tenant.id(), Actor.commandLine(), months(months.get()));
            out.println(json.writeValueAsString(retentionReport(tenant, policy)));
            err.println("Aufbewahrungsfrist des Audit-Logs " + AuditTenants.name(tenant) + ": " + policy.months() + " Monate"
                    + (policy.prunedUpTo() > 0 ? "; Einträge bis " + policy.prunedUpTo() + " sind nach Ablauf gelöscht." : "."));
            return CommandLineInterface.OK;
        });
    }

    @Bean
    CommandHandler auditPruneCommand(AuditTenants tenants, AuditRetention retention, JsonMapper json) {
        return new Command("audit prune", tenants, (tenant, invocation, out, err) -> {
            var pruned = retention.prune(tenant.id(), Actor.commandLine());
            out.println(json.writeValueAsString(retentionReport(tenant, retention.policy(tenant.id()))));
            err.println(pruned.isPresent() ? "Einträge bis " + pruned.get().anchor() + " gelöscht; Checkpoint "
                    + pruned.get().anchor() + " verankert den Rest der Kette."
                    : "Keine Einträge mit abgelaufener Aufbewahrungsfrist vor einem Checkpoint.");
            return CommandLineInterface.OK;
        });
    }

    /** What {@code audit retention} and {@code audit prune} print, in this order. */
    record RetentionReport(String tenant, int months, long prunedUpTo) {
    }

    static RetentionReport retentionReport(Tenant tenant, AuditRetention.Policy policy) {
        return new RetentionReport(AuditTenants.name(tenant), policy.months(), policy.prunedUpTo());
    }

    private static int months(String text) {
        try {
            return Integer.parseInt(text.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("--months erwartet eine ganze Zahl von Monaten, nicht \"" + text + "\".");
        }
    }

    static Map<String, Object> report(Tenant tenant, Verification result) {
        return result.report(AuditTenants.name(tenant));
    }

    private static String summary(Tenant tenant, Verification result) {
        var name = AuditTenants.name(tenant);
        return result.intact()
                ? "Audit-Log " + name + " ist unversehrt: " + result.entries() + " Einträge, " + result.checkpoints()
                        + " Checkpoints geprüft."
                : "Audit-Log " + name + " ist NICHT unversehrt, erster fehlerhafter Eintrag: " + result.firstBadSeq() + ". "
                        + result.problem();
    }

    @FunctionalInterface
    interface TenantCommand {
        int run(Tenant tenant, Invocation invocation, PrintStream out, PrintStream err);
    }

    /** Finds the tenant named by {@code --tenant} and turns bad input into exit code 2. */
    record Command(String command, AuditTenants tenants, TenantCommand body) implements CommandHandler {

        @Override
        public int run(Invocation invocation, PrintStream out, PrintStream err) {
            try {
                var tenant = tenants.find(invocation.option("tenant"));
                if (tenant.isEmpty()) {
                    err.println("Einen Mandanten " + invocation.option("tenant") + " gibt es nicht.");
                    return CommandLineInterface.FAILURE;
                }
                return body.run(tenant.get(), invocation, out, err);
            }
            catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLineInterface.USAGE;
            }
        }
    }
}
