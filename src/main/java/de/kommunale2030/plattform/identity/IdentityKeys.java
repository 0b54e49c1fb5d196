package de.kommunale2030.plattform.identity;

import de.kommunale2030.plattform.secrets.SecretStore;
import org.springframework.stereotype.Component;

/**
 * The keys this module keeps outside the database, from the platform's secret store.
 */
@Component
class IdentityKeys {

    private final SecretStore secrets;

    IdentityKeys(SecretStore secrets) {
        this.secrets = secrets;
    }

    String mfaSecretKey() {
        return secrets.getOrCreate("identity-mfa-key");
    }

    String recoveryCodeKey() {
        return secrets.getOrCreate("identity-recovery-key");
    }

    String clientAddressKey() {
        return secrets.getOrCreate("identity-client-key");
    }
}
