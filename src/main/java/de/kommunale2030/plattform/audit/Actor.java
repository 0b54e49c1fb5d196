package de.kommunale2030.plattform.audit;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import de.kommunale2030.plattform.identity.Acting;

/**
 * Who acted, in ids.
 *
 * @param id     the account or token; absent for the platform itself, the command line and anonymous clients
 * @param grants role keys of a person, scopes of a token
 */
public record Actor(Type type, UUID id, List<String> grants) {

    public enum Type {
        /** A signed-in person. */
        USER,
        /** A machine client with an API token. */
        TOKEN,
        /** A scheduled job of the platform. */
        SYSTEM,
        /** Someone at the server's command line ({@code ./k2030}). */
        CLI,
        /** A client that is not (yet) signed in. */
        ANONYMOUS
    }

    public Actor {
        Objects.requireNonNull(type, "type");
        grants = List.copyOf(grants);
        if ((id != null) != (type == Type.USER || type == Type.TOKEN)) {
            throw new IllegalArgumentException("persons and tokens have an id, nobody else does");
        }
    }

    public static Actor user(UUID account) {
        return new Actor(Type.USER, account, List.of());
    }

    public static Actor system() {
        return new Actor(Type.SYSTEM, null, List.of());
    }

    public static Actor commandLine() {
        return new Actor(Type.CLI, null, List.of());
    }

    public static Actor anonymous() {
        return new Actor(Type.ANONYMOUS, null, List.of());
    }

    /** The signed-in person or token of the current request, otherwise an anonymous client. */
    public static Actor current() {
        return Acting.current()
            .map(acting -> new Actor(acting.kind() == Acting.Kind.PERSON ? Type.USER : Type.TOKEN, acting.id(),
                    acting.grants()))
            .orElseGet(Actor::anonymous);
    }
}
