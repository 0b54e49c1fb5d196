package de.kommunale2030.plattform.audit;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.K2030Application;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.identity.Username;
import de.kommunale2030.plattform.tenancy.Ags;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second application instance on the same database (the way {@code ./k2030} commands attach to a
 * running platform), and the audit commands of the command line.
 */
class AuditInstancesTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    ChainVerification verification;

    @Test
    void twoInstancesWritingToOneTenantKeepOneValidChain() throws Exception {
        var tenant = onboarding.onboard(Ags.of(freshAgs()), "Gemeinde Zweifeld", Username.of("admin")).tenant().id();
        try (var second = new SpringApplicationBuilder(K2030Application.class).web(WebApplicationType.NONE)
            .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
            .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                    "second-instance", Map.of("k2030.data-dir", DATA_DIRECTORY.toString(), "k2030.database.pool-size", "3"))))
            .run()) {
            var other = second.getBean(AuditLog.class);
            assertThat(other).isNotSameAs(log);
            ConcurrentWriters.record(tenant, List.of(log, other), 8, 150);
        }
        var seqs = inTenant(tenant, () -> jdbc.sql("SELECT seq FROM audit.entry WHERE tenant_id = :t ORDER BY seq")
            .param("t", tenant.value()).query(Long.class).list());
        // two entries of the onboarding, then the 1200 written by both instances
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, 1202).boxed().toList());
        var result = verification.verify(tenant);
        assertThat(result.intact()).as(String.valueOf(result.problem())).isTrue();
        assertThat(result.checkpoints()).isEqualTo(1);
    }

    @Test
    void theCommandLineVerifiesExportsAndVerifiesTheExportOffline() throws Exception {
        var ags = freshAgs();
        var tenant = onboarding.onboard(Ags.of(ags), "Gemeinde Kommandofeld", Username.of("admin")).tenant().id();
        log.recordAll(IntStream.range(0, 2500)
            .mapToObj(i -> AuditEvent.of(tenant, Actor.system(), "records.case.read", Outcome.ALLOWED).on("case", "c-" + i))
            .toList());

        var verified = CliRun.on(DATA_DIRECTORY, "audit", "verify", "--tenant", ags);
        assertThat(verified.code()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("\"intact\":true").contains("\"entries\":2502");

        var export = DATA_DIRECTORY.resolve("export-" + ags + ".jsonl");
        var exported = CliRun.on(DATA_DIRECTORY, "audit", "export", "--tenant", ags, "--out", export.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        var again = CliRun.on(DATA_DIRECTORY, "audit", "export", "--tenant", ags, "--out", export.toString());
        assertThat(again.code()).as("an export never overwrites a file").isEqualTo(1);

        var fingerprint = verification.verify(tenant).keyFingerprint();
        var offline = CliRun.on(DATA_DIRECTORY, "audit", "verify-export", export.toString(), "--public-key", fingerprint);
        assertThat(offline.code()).as(offline.err()).isZero();
        // the verification by the command line and the export are recorded too
        assertThat(offline.out()).contains("\"intact\":true").contains("\"entries\":2504");

        List<String> lines = new ArrayList<>(Files.readAllLines(export));
        lines.remove(1500);
        var tampered = DATA_DIRECTORY.resolve("tampered-" + ags + ".jsonl");
        Files.write(tampered, lines);
        var rejected = CliRun.on(DATA_DIRECTORY, "audit", "verify-export", tampered.toString());
        assertThat(rejected.code()).isEqualTo(1);
        assertThat(rejected.out()).contains("\"intact\":false");
        assertThat(rejected.err()).contains("NICHT unversehrt");

        var csv = DATA_DIRECTORY.resolve("export-" + ags + ".csv");
        var spreadsheet = CliRun.on(DATA_DIRECTORY, "audit", "export", "--tenant", ags, "--format", "csv", "--from",
                "2000-01-01", "--out", csv.toString());
        assertThat(spreadsheet.code()).as(spreadsheet.err()).isZero();
        var rows = Files.readAllLines(csv);
        assertThat(rows.getFirst()).startsWith("seq;time;actorType").doesNotContain("hash");
        assertThat(rows).as("header, 2 onboarding entries, 2500 entries, the verification and both exports").hasSize(1 + 2505);

        assertThat(CliRun.on(DATA_DIRECTORY, "audit", "verify", "--tenant", "19999999").code()).isEqualTo(2);
        assertThat(CliRun.on(DATA_DIRECTORY, "audit", "verify", "--tenant", "09999999").code()).isEqualTo(1);
        assertThat(CliRun.on(DATA_DIRECTORY, "audit", "verify-export", DATA_DIRECTORY.resolve("missing.jsonl").toString())
            .code()).isEqualTo(2);
    }
}
