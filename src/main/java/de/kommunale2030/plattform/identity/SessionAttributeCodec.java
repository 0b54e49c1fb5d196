package de.kommunale2030.plattform.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How session attributes are stored in {@code identity.spring_session_attributes}: as JSON of a
 * closed set of types — the security context with the platform's sign-in, the CSRF token, sealed
 * bytes and flash messages of the pages. Nothing is Java-deserialised, so whoever can write to the
 * session table cannot make an instance run code; an attribute of any other type is refused when
 * stored, and a stored value not in this format reads as absent (the session is then signed out).
 */
final class SessionAttributeCodec {

    private static final Logger log = LoggerFactory.getLogger(SessionAttributeCodec.class);

    private final JsonMapper json;

    SessionAttributeCodec(JsonMapper json) {
        this.json = json;
    }

    /** The conversion service Spring Session JDBC uses for attribute values. */
    GenericConversionService conversionService() {
        var conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, this::encode);
        conversions.addConverter(byte[].class, Object.class, this::decode);
        return conversions;
    }

    byte[] encode(Object value) {
        var node = json.createObjectNode();
        switch (value) {
            case SecurityContext context when context.getAuthentication() == null -> node.put("type", "security-context");
            case SecurityContext context when context.getAuthentication() instanceof PlatformAuthentication signIn -> {
                node.put("type", "security-context");
                node.set("signIn", signIn(signIn));
            }
            case CsrfToken token -> node.put("type", "csrf-token")
                .put("headerName", token.getHeaderName())
                .put("parameterName", token.getParameterName())
                .put("token", token.getToken());
            case byte[] bytes -> node.put("type", "bytes").put("value", Base64.getEncoder().encodeToString(bytes));
            case List<?> maps when maps.stream().allMatch(FlashMap.class::isInstance) -> {
                node.put("type", "flash-maps");
                var array = node.putArray("maps");
                maps.forEach(map -> array.add(flashMap((FlashMap) map)));
            }
            default -> throw new IllegalArgumentException(
                    "A session attribute of type " + value.getClass().getName() + " is not stored (not one of the session's types)");
        }
        return json.writeValueAsBytes(node);
    }

    /** @return the attribute, or {@code null} if the stored bytes are not in this format */
    Object decode(byte[] stored) {
        try {
            var node = json.readTree(stored);
            return switch (node.path("type").asString("")) {
                case "security-context" -> node.has("signIn") ? new SecurityContextImpl(signIn(node.get("signIn")))
                        : new SecurityContextImpl();
                case "csrf-token" -> new DefaultCsrfToken(text(node, "headerName"), text(node, "parameterName"),
                        text(node, "token"));
                case "bytes" -> Base64.getDecoder().decode(text(node, "value"));
                case "flash-maps" -> flashMaps(node.get("maps"));
                default -> unreadable();
            };
        }
        catch (RuntimeException notOurs) {
            return unreadable();
        }
    }

    private static Object unreadable() {
        log.warn("A stored session attribute is not in the platform's format; the session reads as signed out");
        return null;
    }

    private ObjectNode signIn(PlatformAuthentication signIn) {
        var node = json.createObjectNode()
            .put("tenant", signIn.tenant().value().toString())
            .put("account", signIn.account().toString())
            .put("stage", signIn.stage().name())
            .put("idleTimeout", signIn.idleTimeout().toString())
            .put("deadline", signIn.deadline().toString());
        var roles = node.putArray("roles");
        signIn.roles().stream().map(Role::name).sorted().forEach(roles::add);
        return node;
    }

    private static PlatformAuthentication signIn(JsonNode node) {
        var roles = EnumSet.noneOf(Role.class);
        node.get("roles").forEach(role -> roles.add(Role.valueOf(role.asString())));
        return PlatformAuthentication.restored(UUID.fromString(text(node, "tenant")), UUID.fromString(text(node, "account")),
                SignInStage.valueOf(text(node, "stage")), roles, Duration.parse(text(node, "idleTimeout")),
                Instant.parse(text(node, "deadline")));
    }

    /** The pages' flash messages: message keys and German texts, never values of records. */
    private ObjectNode flashMap(FlashMap map) {
        var node = json.createObjectNode();
        node.put("targetRequestPath", map.getTargetRequestPath());
        node.put("expirationTime", map.getExpirationTime());
        var parameters = node.putObject("targetRequestParams");
        map.getTargetRequestParams().forEach((name, values) -> {
            var array = parameters.putArray(name);
            values.forEach(array::add);
        });
        var attributes = node.putObject("attributes");
        map.forEach((name, value) -> {
            if (!(value instanceof String text)) {
                throw new IllegalArgumentException("A flash attribute of type " + (value == null ? "null" : value.getClass().getName())
                        + " is not stored (only texts)");
            }
            attributes.put(name, text);
        });
        return node;
    }

    private static List<FlashMap> flashMaps(JsonNode array) {
        var maps = new ArrayList<FlashMap>();
        for (var node : array) {
            var map = new FlashMap();
            map.setTargetRequestPath(node.path("targetRequestPath").isNull() ? null : node.path("targetRequestPath").asString(null));
            var parameters = new LinkedMultiValueMap<String, String>();
            node.get("targetRequestParams").properties()
                .forEach(entry -> entry.getValue().forEach(value -> parameters.add(entry.getKey(), value.asString())));
            map.addTargetRequestParams(parameters);
            var attributes = new LinkedHashMap<String, Object>();
            node.get("attributes").properties().forEach(entry -> attributes.put(entry.getKey(), entry.getValue().asString()));
            map.putAll(attributes);
            map.setExpirationTime(node.get("expirationTime").asLong());
            maps.add(map);
        }
        return maps;
    }

    private static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value.asString();
    }
}
