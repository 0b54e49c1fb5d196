package de.kommunale2030.plattform.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.kommunale2030.plattform.identity.SecurityEvents.AccountAdministered;
import de.kommunale2030.plattform.identity.SecurityEvents.AccountAdministered.Change;
import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a tenant administrator does with accounts. Runs in the administrator's tenant; accounts
 * of other tenants do not exist here.
 */
@Service
class UserAdministration {

    private final Accounts accounts;
    private final OrgUnits orgUnits;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(Accounts accounts, OrgUnits orgUnits, PasswordEncoder passwords, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    record User(Accounts.Summary account, List<String> orgUnits) {
    }

    record Created(User user, String initialPassword) {
    }

    @Transactional
    Created create(TenantBound admin, String username, String displayName, Set<String> roleKeys,
            Set<String> unitKeys) {
        var name = parse(() -> Username.of(username));
        var roles = roles(roleKeys);
        var units = orgUnits.idsOf(unitKeys == null ? Set.of() : unitKeys);
        var initialPassword = InitialPasswords.generate();
        UUID id;
        try {
            id = accounts.create(admin.tenant(), name, displayName(displayName), passwords.encode(initialPassword), roles);
        }
        catch (DuplicateKeyException e) {
            throw new OrgUnits.InvalidInput("Diesen Benutzernamen gibt es in Ihrer Kommune bereits.");
        }
        orgUnits.assign(admin.tenant(), id, units);
        events.publishEvent(new AccountAdministered(admin.tenant().value(), id, admin.actor(), Change.CREATED, clock.instant()));
        return new Created(get(id).orElseThrow(), initialPassword);
    }

    @Transactional(readOnly = true)
    List<User> all() {
        return accounts.all().stream().map(account -> new User(account, orgUnits.keysOf(account.id()))).toList();
    }

    @Transactional(readOnly = true)
    Optional<User> get(UUID id) {
        return accounts.summary(id).map(account -> new User(account, orgUnits.keysOf(account.id())));
    }

    /** @return the changed user, empty when no such account exists in this tenant */
    @Transactional
    Optional<User> change(TenantBound admin, UUID id, String displayName, Set<String> roleKeys,
            Set<String> unitKeys) {
        var existing = accounts.summary(id);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        var roles = roleKeys == null ? existing.get().roles() : roles(roleKeys);
        if (id.equals(admin.actor()) && !roles.equals(existing.get().roles())) {
            throw new OrgUnits.InvalidInput("Die eigenen Rollen kann nur eine andere Administratorin ändern.");
        }
        accounts.update(id, displayName == null ? existing.get().displayName() : displayName(displayName), roles);
        if (unitKeys != null) {
            orgUnits.assign(admin.tenant(), id, orgUnits.idsOf(unitKeys));
        }
        events.publishEvent(new AccountAdministered(admin.tenant().value(), id, admin.actor(), Change.CHANGED, clock.instant()));
        return get(id);
    }

    @Transactional
    boolean deactivate(TenantBound admin, UUID id) {
        if (id.equals(admin.actor())) {
            throw new OrgUnits.InvalidInput("Das eigene Konto kann nicht deaktiviert werden.");
        }
        if (accounts.summary(id).isEmpty()) {
            return false;
        }
        accounts.deactivate(id);
        events.publishEvent(
                new AccountAdministered(admin.tenant().value(), id, admin.actor(), Change.DEACTIVATED, clock.instant()));
        return true;
    }

    @Transactional
    boolean resetSecondFactor(TenantBound admin, UUID id) {
        if (accounts.summary(id).isEmpty()) {
            return false;
        }
        accounts.resetSecondFactor(id);
        events.publishEvent(new AccountAdministered(admin.tenant().value(), id, admin.actor(), Change.SECOND_FACTOR_RESET,
                clock.instant()));
        return true;
    }

    @Transactional
    OrgUnits.OrgUnit createOrgUnit(TenantBound admin, String key, String name) {
        var unit = orgUnits.create(admin.tenant(), key, name);
        events.publishEvent(new SecurityEvents.OrgUnitCreated(admin.tenant().value(), unit.id(), admin.actor(), clock.instant()));
        return unit;
    }

    @Transactional(readOnly = true)
    List<OrgUnits.OrgUnit> orgUnits() {
        return orgUnits.all();
    }

    private static Set<Role> roles(Set<String> keys) {
        if (keys == null || keys.isEmpty()) {
            throw new OrgUnits.InvalidInput("Ein Konto braucht mindestens eine Rolle.");
        }
        var roles = EnumSet.noneOf(Role.class);
        for (var key : keys) {
            var role = java.util.Arrays.stream(Role.values())
                .filter(candidate -> candidate.name().equals(key) && candidate.assignableToTenantAccounts())
                .findFirst()
                .orElseThrow(() -> new OrgUnits.InvalidInput("Unbekannte Rolle: " + key));
            roles.add(role);
        }
        return roles;
    }

    private static String displayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return null;
        }
        var stripped = displayName.strip();
        if (stripped.length() > 200 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new OrgUnits.InvalidInput("Der Anzeigename darf höchstens 200 druckbare Zeichen haben.");
        }
        return stripped;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        }
        catch (IllegalArgumentException e) {
            throw new OrgUnits.InvalidInput(e.getMessage());
        }
    }
}
