package de.kommunale2030.plattform.identity;

import java.util.EnumSet;

import de.kommunale2030.plattform.tenancy.TenantTransactions;
import de.kommunale2030.plattform.tenancy.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts of the platform's operators in the reserved platform tenant. Only the command
 * line on the server does this: whoever can run it operates the installation anyway.
 */
@Service
public class OperatorOnboarding {

    private final Tenants tenants;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final TenantTransactions transactions;

    OperatorOnboarding(Tenants tenants, Accounts accounts, PasswordEncoder passwords, TenantTransactions transactions) {
        this.tenants = tenants;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    /** An operator with a one-time initial password. */
    public record Operator(Username username, String initialPassword) {

        @Override
        public String toString() {
            return "Operator[" + username + "]";
        }
    }

    /**
     * @throws IllegalArgumentException when an operator with this name exists already
     */
    public Operator create(Username username) {
        var platform = tenants.platform();
        var initialPassword = InitialPasswords.generate();
        var hash = passwords.encode(initialPassword);
        try {
            transactions.runAs(platform,
                    () -> accounts.create(platform, username, null, hash, EnumSet.of(Role.PLATTFORM_BETRIEB)));
        }
        catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("Ein Betriebskonto mit diesem Benutzernamen existiert bereits");
        }
        return new Operator(username, initialPassword);
    }
}
