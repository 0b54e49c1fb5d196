package de.kommunale2030.plattform.secrets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileSecretStoreTests {

    @TempDir
    Path directory;

    @Test
    void createsA256BitSecretOnceInAnOwnerOnlyFile() throws Exception {
        var store = new FileSecretStore(directory.resolve("secrets"), name -> null);
        var first = store.getOrCreate("db-app");
        assertThat(Base64.getUrlDecoder().decode(first)).hasSize(32);
        assertThat(new FileSecretStore(directory.resolve("secrets"), name -> null).getOrCreate("db-app")).isEqualTo(first);
        assertThat(store.getOrCreate("db-owner")).isNotEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("secrets/db-app"))))
            .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("secrets"))))
            .isEqualTo("rwx------");
    }

    @Test
    void aSecretFromTheEnvironmentWinsSoThatInstancesShareIt() {
        var environment = Map.of("K2030_SECRET_IDENTITY_MFA_KEY", "shared-value");
        var store = new FileSecretStore(directory.resolve("secrets"), environment::get);
        assertThat(store.getOrCreate("identity-mfa-key")).isEqualTo("shared-value");
        assertThat(directory.resolve("secrets/identity-mfa-key")).doesNotExist();
    }

    @Test
    void refusesNamesThatCouldLeaveTheDirectory() {
        var store = new FileSecretStore(directory.resolve("secrets"), name -> null);
        for (var name : new String[] { "../escape", "a/b", "", "UPPER", ".hidden" }) {
            assertThatThrownBy(() -> store.getOrCreate(name)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
