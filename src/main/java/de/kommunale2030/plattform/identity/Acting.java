package de.kommunale2030.plattform.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts in the current request, in ids: a signed-in person (with the keys of their roles) or a
 * machine client (with its token's scopes). Other modules use it to attribute what they record.
 *
 * @param grants role keys of a person, scopes of a token; sorted
 */
public record Acting(TenantId tenant, UUID id, Kind kind, List<String> grants) {

    public enum Kind {
        PERSON, TOKEN
    }

    public Acting {
        grants = List.copyOf(grants);
    }

    /** Whether a role of the person, or a scope of the token, grants the permission. */
    public boolean holds(Permission permission) {
        return kind == Kind.TOKEN ? grants.contains(permission.key())
                : grants.stream().anyMatch(role -> Role.valueOf(role).permissions().contains(permission));
    }

    /** The completed sign-in or the token of the current request; empty while signing in or anonymous. */
    public static Optional<Acting> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof PlatformAuthentication person && person.isAuthenticated()) {
            return Optional.of(new Acting(person.tenant(), person.actor(), Kind.PERSON,
                    person.roles().stream().map(Role::name).sorted().toList()));
        }
        if (authentication instanceof TokenAuthentication token) {
            return Optional.of(new Acting(token.tenant(), token.actor(), Kind.TOKEN,
                    token.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList()));
        }
        return Optional.empty();
    }

    /**
     * The caller of a request that the access rules admit only when signed in: its absence is a
     * programming error (a rule missing for the path), not a refusal to word for the user.
     */
    public static Acting required() {
        return current().orElseThrow(() -> new IllegalStateException("access rules admit signed-in callers only"));
    }
}
