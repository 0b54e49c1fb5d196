package de.kommunale2030.plattform.identity;

import java.io.Serial;
import java.util.List;
import java.util.UUID;

import de.kommunale2030.plattform.tenancy.TenantId;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A machine client authenticated by an API token; its authorities are the token's scopes. Lives
 * for one request only, never in a session.
 */
final class TokenAuthentication extends AbstractAuthenticationToken implements TenantBound {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID tenant;
    private final UUID token;

    TokenAuthentication(TenantId tenant, UUID token, List<String> scopes) {
        super(scopes.stream().map(SimpleGrantedAuthority::new).toList());
        this.tenant = tenant.value();
        this.token = token;
        super.setAuthenticated(true);
    }

    @Override
    public TenantId tenant() {
        return new TenantId(tenant);
    }

    @Override
    public UUID actor() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return token;
    }

    @Override
    public String getName() {
        return "token:" + token;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        throw new IllegalStateException("A token authentication is complete by construction");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenAuthentication that && token.equals(that.token) && super.equals(that);
    }

    @Override
    public int hashCode() {
        return token.hashCode();
    }
}
