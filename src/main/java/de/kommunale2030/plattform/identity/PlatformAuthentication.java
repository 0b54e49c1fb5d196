package de.kommunale2030.plattform.identity;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A person signing in or signed in, kept in the server-side session. It holds ids only; the
 * principal name is the account id, which lets all sessions of an account be found and ended.
 * Permissions are granted only once the sign-in is complete.
 */
final class PlatformAuthentication extends AbstractAuthenticationToken implements TenantBound {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID tenant;
    private final UUID account;
    private final SignInStage stage;
    private final EnumSet<Role> roles;
    private final Duration idleTimeout;
    private final Instant deadline;

    private PlatformAuthentication(UUID tenant, UUID account, SignInStage stage, Set<Role> roles,
            Duration idleTimeout, Instant deadline) {
        super(stage == SignInStage.AUTHENTICATED ? authorities(roles) : List.of());
        this.tenant = tenant;
        this.account = account;
        this.stage = stage;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.idleTimeout = idleTimeout;
        this.deadline = deadline;
        super.setAuthenticated(stage == SignInStage.AUTHENTICATED);
    }

    /**
     * @param idleTimeout the tenant's idle timeout for this session
     * @param lifetime    the tenant's absolute lifetime of a sign-in
     */
    static PlatformAuthentication started(TenantId tenant, UUID account, SignInStage stage, Set<Role> roles, Instant now,
            Duration idleTimeout, Duration lifetime) {
        return new PlatformAuthentication(tenant.value(), account, stage, roles, idleTimeout, now.plus(lifetime));
    }

    /** A sign-in as it was stored in the session ({@link SessionAttributeCodec}). */
    static PlatformAuthentication restored(UUID tenant, UUID account, SignInStage stage, Set<Role> roles, Duration idleTimeout,
            Instant deadline) {
        return new PlatformAuthentication(tenant, account, stage, roles, idleTimeout, deadline);
    }

    PlatformAuthentication advancedTo(SignInStage next) {
        return new PlatformAuthentication(tenant, account, next, roles, idleTimeout, deadline);
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    /** The moment the sign-in ends, however active the session. */
    Instant deadline() {
        return deadline;
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream()
            .flatMap(role -> role.permissions().stream())
            .distinct()
            .sorted()
            .<GrantedAuthority>map(permission -> new SimpleGrantedAuthority(permission.key()))
            .toList();
    }

    @Override
    public TenantId tenant() {
        return new TenantId(tenant);
    }

    UUID account() {
        return account;
    }

    @Override
    public UUID actor() {
        return account;
    }

    SignInStage stage() {
        return stage;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }


    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return account;
    }

    @Override
    public String getName() {
        return account.toString();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        throw new IllegalStateException("The stage decides whether a sign-in is complete");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformAuthentication that && super.equals(that) && stage == that.stage
                && account.equals(that.account);
    }

    @Override
    public int hashCode() {
        return account.hashCode() * 31 + stage.hashCode();
    }
}
