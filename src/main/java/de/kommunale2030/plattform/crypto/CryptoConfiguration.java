package de.kommunale2030.plattform.crypto;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.kommunale2030.plattform.audit.Actor;
import de.kommunale2030.plattform.cli.CommandHandler;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.cli.Invocation;
import de.kommunale2030.plattform.database.ModuleSchema;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoSettings.class)
class CryptoConfiguration {

    @Bean
    ModuleSchema cryptoSchema() {
        return new ModuleSchema("crypto", 40);
    }

    @Bean
    MasterKeyProvider masterKeyProvider(CryptoSettings settings) {
        return MasterKeyProvider.inDirectory(settings.masterKeyDirectory());
    }

    /** {@code ./k2030 crypto rotate-master}: a new master key version; every tenant's keys are rewrapped. */
    @Bean
    CommandHandler cryptoRotateMasterCommand(KeyRotation rotation, JsonMapper json) {
        return new Command("crypto rotate-master", (invocation, out, err) -> {
            var version = rotation.rotateMasterKey(Actor.commandLine());
            out.println(json.writeValueAsString(Map.of("masterKeyVersion", version)));
            err.println("Hauptschlüssel-Version " + version + " ist jetzt aktiv; die Schlüssel aller Mandanten sind neu verpackt. "
                    + "Ältere Versionen bleiben für Sicherungen erhalten, bis ./k2030 crypto retire-master sie vernichtet.");
            return CommandLineInterface.OK;
        });
    }

    /**
     * {@code ./k2030 crypto retire-master [--backup-retention-days N]}: destroys the master key versions
     * that no key needs any more and no backup within its retention can need.
     */
    @Bean
    CommandHandler cryptoRetireMasterCommand(KeyRotation rotation, CryptoSettings settings, JsonMapper json) {
        return new Command("crypto retire-master", (invocation, out, err) -> {
            var retention = settings.backupRetention();
            var days = invocation.optional("backup-retention-days");
            if (days.isPresent()) {
                if (!days.get().matches("[0-9]{1,5}")) {
                    err.println("--backup-retention-days erwartet eine ganze Zahl von Tagen ab 0.");
                    return CommandLineInterface.USAGE;
                }
                retention = Duration.ofDays(Integer.parseInt(days.get()));
            }
            var destroyed = rotation.retireMasterKeys(Actor.commandLine(), retention, Instant.now());
            out.println(json.writeValueAsString(Map.of("destroyedMasterKeyVersions", destroyed)));
            err.println(destroyed.isEmpty()
                    ? "Keine Version des Hauptschlüssels kann vernichtet werden (noch verwendet oder jünger als die Aufbewahrung "
                            + "der Sicherungen, " + retention.toDays() + " Tage)."
                    : "Vernichtet: Hauptschlüssel-Versionen " + destroyed + ". Sicherungen aus ihrer Zeit sind nicht mehr lesbar.");
            return CommandLineInterface.OK;
        });
    }

    /** {@code ./k2030 crypto rotate-tenant --tenant AGS}: a new key-encryption key for one Kommune. */
    @Bean
    CommandHandler cryptoRotateTenantCommand(KeyRotation rotation, Tenants tenants, JsonMapper json) {
        return new Command("crypto rotate-tenant", (invocation, out, err) -> {
            Ags ags;
            try {
                ags = Ags.of(invocation.option("tenant"));
            }
            catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLineInterface.USAGE;
            }
            var tenant = tenants.findByAgs(ags);
            if (tenant.isEmpty()) {
                err.println("Einen Mandanten " + ags.value() + " gibt es nicht.");
                return CommandLineInterface.FAILURE;
            }
            var rotated = rotation.rotateTenantKey(tenant.get().id(), Actor.commandLine());
            out.println(json.writeValueAsString(new TenantRotation(ags.value(), rotated.version(), rotated.rewrapped(),
                    rotated.retired())));
            err.println("Schlüssel-Version " + rotated.version() + " für " + ags.value() + " aktiv; " + rotated.rewrapped()
                    + " Personenschlüssel neu verpackt; stillgelegt: " + rotated.retired() + ".");
            return CommandLineInterface.OK;
        });
    }

    /** What {@code crypto rotate-tenant} prints, in this order. */
    record TenantRotation(String tenant, int keyVersion, long rewrappedSubjectKeys, List<Integer> retiredKeyVersions) {
    }

    @FunctionalInterface
    interface Body {
        int run(Invocation invocation, PrintStream out, PrintStream err);
    }

    record Command(String command, Body body) implements CommandHandler {

        @Override
        public int run(Invocation invocation, PrintStream out, PrintStream err) {
            return body.run(invocation, out, err);
        }
    }
}
