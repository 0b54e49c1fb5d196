package de.kommunale2030.plattform.protection;

import java.util.List;

import jakarta.servlet.Filter;

/**
 * Filters a module adds to the security chain to authenticate requests without a session (for
 * example bearer tokens of machine clients). They run before authorization; requests they
 * authenticate need no CSRF token, because a browser never attaches such credentials by itself.
 *
 * @param filters the filters, in order
 */
public record AuthenticationFilters(List<Filter> filters) {

    public AuthenticationFilters {
        filters = List.copyOf(filters);
    }
}
