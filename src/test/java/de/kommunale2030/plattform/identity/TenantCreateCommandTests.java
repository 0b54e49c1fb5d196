package de.kommunale2030.plattform.identity;

import java.util.UUID;

import de.kommunale2030.plattform.CliRun;
import de.kommunale2030.plattform.PlatformTest;
import de.kommunale2030.plattform.cli.CommandLineInterface;
import de.kommunale2030.plattform.tenancy.Ags;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@code tenant create} as the CLI does, in a second application context on the same data
 * directory while the platform is running: the command attaches to the platform's database.
 */
class TenantCreateCommandTests extends PlatformTest {


    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JsonMapper json;

    @Test
    void printsTheContractJsonAndStoresTheAdminWithAOneTimePasswordHash() {
        var ags = freshAgs();
        var result = cli("tenant", "create", "--ags", ags, "--name", "Stadt Musterstadt", "--admin", "Admin.Muster");
        assertThat(result.code()).isZero();
        var printed = json.readTree(result.out());
        assertThat(printed.propertyNames()).containsExactly("tenantId", "ags", "admin", "initialPassword");
        var tenantId = new TenantId(UUID.fromString(printed.get("tenantId").asString()));
        assertThat(printed.get("ags").asString()).isEqualTo(ags);
        assertThat(printed.get("admin").asString()).isEqualTo("admin.muster");
        var initialPassword = printed.get("initialPassword").asString();
        assertThat(initialPassword).hasSize(20);

        assertThat(tenants.findByAgs(Ags.of(ags))).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(tenantId));
        var account = inTenant(tenantId, () -> jdbc
            .sql("SELECT username, password_hash, password_change_required, roles::text FROM identity.account")
            .query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
            .single());
        assertThat(account[0]).isEqualTo("admin.muster");
        assertThat(account[1]).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(initialPassword);
        assertThat(passwords.matches(initialPassword, account[1])).isTrue();
        assertThat(account[2]).isEqualTo("t");
        assertThat(account[3]).isEqualTo("{MANDANTEN_ADMIN}");
    }

    @Test
    void aDuplicateAgsFailsAndWritesNothing() {
        var ags = freshAgs();
        assertThat(cli("tenant", "create", "--ags", ags, "--name", "Erste", "--admin", "admin").code()).isZero();
        var tenantsBefore = tenantCount();

        var second = cli("tenant", "create", "--ags", ags, "--name", "Zweite", "--admin", "admin2");

        assertThat(second.code()).isEqualTo(CommandLineInterface.FAILURE);
        assertThat(second.out()).isEmpty();
        assertThat(second.err()).contains("existiert bereits");
        assertThat(tenantCount()).isEqualTo(tenantsBefore);
        assertThat(tenants.findByAgs(Ags.of(ags))).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Erste"));
    }

    @Test
    void aMalformedAgsFailsWithAClearMessageAndWritesNothing() {
        var tenantsBefore = tenantCount();
        for (var malformed : new String[] { "1234567", "123456789", "17000000", "00123456", "0531500X", "", " " }) {
            var result = cli("tenant", "create", "--ags", malformed, "--name", "Irgendwo", "--admin", "admin");
            assertThat(result.code()).as(malformed).isEqualTo(CommandLineInterface.USAGE);
            assertThat(result.out()).as(malformed).isEmpty();
            assertThat(result.err()).as(malformed).contains("Gemeindeschlüssel");
        }
        assertThat(tenantCount()).isEqualTo(tenantsBefore);
    }

    @Test
    void aMalformedAdminNameOrTenantNameWritesNothing() {
        var tenantsBefore = tenantCount();
        var badAdmin = cli("tenant", "create", "--ags", freshAgs(), "--name", "Irgendwo", "--admin", "a b");
        assertThat(badAdmin.code()).isEqualTo(CommandLineInterface.USAGE);
        assertThat(badAdmin.err()).contains("Benutzername");
        var badName = cli("tenant", "create", "--ags", freshAgs(), "--name", " ", "--admin", "admin");
        assertThat(badName.code()).isEqualTo(CommandLineInterface.USAGE);
        assertThat(badName.err()).contains("Name der Kommune");
        assertThat(tenantCount()).isEqualTo(tenantsBefore);
    }

    private long tenantCount() {
        return jdbc.sql("SELECT count(*) FROM tenancy.tenant").query(Long.class).single();
    }

    private static CliRun cli(String... args) {
        return CliRun.on(DATA_DIRECTORY, args);
    }
}
