package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Finds personal data in German text and replaces it by placeholders that can be put back. Thread-safe
 * and without state between calls: one instance per tenant policy serves every request.
 */
public final class Anonymizer {

    private static final Pattern TAKEN = Pattern.compile("\\[([A-Z_]{2,40}_\\d{1,7})");
    private static final String VARIANTS = "bcdefghijklmnopqrstuvwxyz";

    private final Policy policy;

    public Anonymizer() {
        this(Policy.NONE);
    }

    public Anonymizer(Policy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The personal data of a text, in text order, without overlaps. */
    public List<Entity> analyse(String text) {
        return findings(text).stream().map(Findings.Finding::entity).toList();
    }

    /**
     * The text with every entity replaced by a placeholder. Equal values get equal placeholders; other
     * spellings of the same person or account get the same number with a letter ({@code [PERSON_1b]}),
     * so that a reader sees one person and {@link #reidentify} still restores each spelling exactly.
     */
    public Pseudonymised pseudonymise(String text) {
        var findings = findings(text);
        // Numbers whose placeholder the text already contains are skipped, so that re-identification
        // never mistakes the text's own brackets for a placeholder.
        var taken = new java.util.HashSet<String>();
        var existing = TAKEN.matcher(text);
        for (int at = text.indexOf('['); at >= 0; at = text.indexOf('[', at + 1)) {
            if (existing.region(at, text.length()).lookingAt()) {
                taken.add(existing.group(1));
            }
        }
        var numbers = new HashMap<String, Integer>();
        var nextNumber = new HashMap<EntityType, Integer>();
        var spellings = new HashMap<String, Map<String, String>>();
        var originals = new LinkedHashMap<String, String>();
        var replacements = new ArrayList<Pseudonymised.Replacement>();
        var out = new StringBuilder(text.length());
        int position = 0;
        for (var finding : findings) {
            var entity = finding.entity();
            var value = text.substring(entity.start(), entity.end());
            var type = entity.type();
            int number = numbers.computeIfAbsent(finding.key(), key -> {
                int candidate = nextNumber.merge(type, 1, Integer::sum);
                while (taken.contains(type.label() + "_" + candidate)) {
                    candidate = nextNumber.merge(type, 1, Integer::sum);
                }
                return candidate;
            });
            var ofKey = spellings.computeIfAbsent(finding.key(), key -> new LinkedHashMap<>());
            var placeholder = ofKey.computeIfAbsent(value, spelling -> placeholder(type, number, ofKey.size()));
            originals.putIfAbsent(placeholder, value);
            replacements.add(new Pseudonymised.Replacement(entity, placeholder));
            out.append(text, position, entity.start()).append(placeholder);
            position = entity.end();
        }
        out.append(text, position, text.length());
        return new Pseudonymised(out.toString(), replacements, new Mapping(originals));
    }

    /**
     * Puts the original strings back for every placeholder of the mapping in {@code text}, in whatever
     * order and as often as they occur there; other text and unknown placeholders stay as they are.
     */
    public static String reidentify(String text, Mapping mapping) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mapping, "mapping");
        var matcher = Placeholders.PLACEHOLDER.matcher(text);
        var out = new StringBuilder(text.length());
        int position = 0;
        while (matcher.find()) {
            var original = mapping.original(matcher.group());
            if (original.isPresent()) {
                out.append(text, position, matcher.start()).append(original.get());
                position = matcher.end();
            }
        }
        return out.append(text, position, text.length()).toString();
    }

    private static String placeholder(EntityType type, int number, int variant) {
        if (variant == 0) {
            return "[" + type.label() + "_" + number + "]";
        }
        return variant <= VARIANTS.length()
                ? "[" + type.label() + "_" + number + VARIANTS.charAt(variant - 1) + "]"
                : "[" + type.label() + "_" + number + "_" + variant + "]";
    }

    private List<Findings.Finding> findings(String text) {
        Objects.requireNonNull(text, "text");
        var findings = new Findings(text);
        var letter = Letter.of(text);
        Identifiers.find(findings, letter.headEnd());
        Identifiers.referenceBlock(findings, letter);
        Addresses.find(findings, letter);
        Names.find(findings, letter);
        Repetitions.find(findings);
        for (var allowed : policy.allowed()) {
            Addresses.keepEverywhere(findings, text, allowed);
        }
        for (var denied : policy.denied()) {
            for (int at = text.indexOf(denied); at >= 0; at = text.indexOf(denied, at + 1)) {
                findings.add(EntityType.OTHER, at, at + denied.length(), "deny-list", 1);
            }
        }
        return findings.resolve();
    }
}
