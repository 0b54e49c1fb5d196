package de.kommunale2030.plattform.records;

import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * Reading the records API's JSON bodies and path ids strictly: only declared properties, text
 * where text belongs, canonical ids. Messages name properties, never values.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static void requireOnly(JsonNode node, Set<String> allowed, String prefix) {
        for (var name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                // the name is the client's own input; only a harmless part of it is repeated
                var shown = name.matches("[A-Za-z]{1,40}") ? prefix + name : "unbekannt";
                throw new InvalidRecord("Das Feld " + shown + " ist hier nicht vorgesehen (Datenminimierung).");
            }
        }
    }

    static String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new InvalidRecord("Das Feld " + field + " muss Text sein.");
        }
        return value.asString();
    }

    static UUID uuid(String id) {
        try {
            var parsed = UUID.fromString(id);
            if (parsed.toString().equals(id.toLowerCase(java.util.Locale.ROOT))) {
                return parsed;
            }
        }
        catch (IllegalArgumentException e) {
            // falls through: a malformed id finds nothing, like any id that is not ours
        }
        throw new RecordNotFound();
    }
}
