package de.kommunale2030.plattform.klartext;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One explained notice as JSON, the same for the CLI's lines and the API's answers:
 * {@code anonymized}, {@code klartext} (the explanation as text), {@code explanation} (its blocks),
 * {@code facts}, {@code deadlines}, {@code readability} ({@code original}, {@code klartext}),
 * {@code engine} and {@code fallback}.
 */
public final class KlartextJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KlartextJson() {
    }

    public static ObjectNode of(KlartextResult result) {
        var node = JSON.createObjectNode();
        node.put("anonymized", result.anonymized());
        node.put("klartext", result.explanation().text());
        var blocks = node.putArray("explanation");
        for (var block : result.explanation().blocks()) {
            var entry = blocks.addObject().put("heading", block.heading().title());
            block.paragraphs().forEach(entry.putArray("paragraphs")::add);
        }
        node.set("facts", JSON.valueToTree(result.facts()));
        var deadlines = node.putArray("deadlines");
        for (var deadline : result.deadlines()) {
            deadlines.addObject()
                .put("remedy", deadline.remedy().kind().label())
                .put("posted", deadline.posted().toString())
                .put("announced", deadline.announced().toString())
                .put("daysAfterPosting", deadline.daysAfterPosting())
                .put("lastDay", deadline.lastDay().toString());
        }
        var readability = node.putObject("readability");
        readability.set("original", JSON.valueToTree(result.original()));
        readability.set("klartext", JSON.valueToTree(result.explained()));
        node.put("engine", result.engine().key());
        node.put("fallback", result.fallback());
        return node;
    }
}
