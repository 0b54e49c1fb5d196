package de.kommunale2030.plattform.anonymization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * What the recognisers of one analysis report: candidate spans of personal data and spans that must
 * stay as they are (the authority's account, its switchboard, allow-listed strings). Resolution drops
 * every candidate that touches a kept span and, among overlapping candidates, keeps the surest and
 * then the longest. The placeholders already in the text are kept spans from the start: whatever a
 * recogniser reports inside or across one is no personal data, so that analysing a pseudonymised
 * text finds nothing new.
 */
final class Findings {

    private final String text;
    private final List<Finding> candidates = new ArrayList<>();
    private final List<int[]> kept = new ArrayList<>();

    private final Placeholders placeholders;

    Findings(String text) {
        this.text = text;
        this.placeholders = new Placeholders(text);
        for (int i = 0; i < placeholders.count(); i++) {
            keep(placeholders.start(i), placeholders.end(i));
        }
    }

    private WordStarts wordStarts;

    String text() {
        return text;
    }

    Placeholders placeholders() {
        return placeholders;
    }

    WordStarts wordStarts() {
        if (wordStarts == null) {
            wordStarts = new WordStarts(text);
        }
        return wordStarts;
    }

    void add(EntityType type, int start, int end, String recogniser, double confidence, String key) {
        candidates.add(new Finding(new Entity(type, start, end, recogniser, confidence), key));
    }

    /** A candidate whose placeholder follows its value: equal values, equal placeholders. */
    void add(EntityType type, int start, int end, String recogniser, double confidence) {
        add(type, start, end, recogniser, confidence, defaultKey(type, text.substring(start, end)));
    }

    void keep(int start, int end) {
        kept.add(new int[] { start, end });
    }

    /** Kept spans merged where they overlap, by start. */
    private TreeMap<Integer, Integer> keptSpans() {
        kept.sort(Comparator.comparingInt(span -> span[0]));
        var merged = new TreeMap<Integer, Integer>();
        int start = -1;
        int end = -1;
        for (var span : kept) {
            if (span[0] > end) {
                if (start >= 0) {
                    merged.put(start, end);
                }
                start = span[0];
            }
            end = Math.max(end, span[1]);
        }
        if (start >= 0) {
            merged.put(start, end);
        }
        return merged;
    }

    List<Finding> candidates() {
        return candidates;
    }

    /** Non-overlapping findings in text order. */
    List<Finding> resolve() {
        var ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble((Finding finding) -> -finding.entity().confidence())
            .thenComparingInt(finding -> -finding.entity().length())
            .thenComparingInt(finding -> finding.entity().start()));
        var keptSpans = keptSpans();
        var accepted = new TreeMap<Integer, Finding>();
        for (var finding : ranked) {
            var entity = finding.entity();
            var keptBefore = keptSpans.lowerEntry(entity.end());
            if (keptBefore != null && keptBefore.getValue() > entity.start()) {
                continue;
            }
            var before = accepted.floorEntry(entity.start());
            var after = accepted.ceilingEntry(entity.start());
            if ((before == null || before.getValue().entity().end() <= entity.start())
                    && (after == null || after.getKey() >= entity.end())) {
                accepted.put(entity.start(), finding);
            }
        }
        return List.copyOf(accepted.values());
    }

    static String defaultKey(EntityType type, String value) {
        var compact = new StringBuilder(value.length());
        value.codePoints()
            .filter(c -> !Character.isWhitespace(c) && c != '-' && c != '/' && c != '.')
            .forEach(compact::appendCodePoint);
        return type.name() + ":" + Folding.plain(compact.toString());
    }

    /**
     * @param key findings with equal keys name the same thing (one person, one account) and share the
     *            number of their placeholder
     */
    record Finding(Entity entity, String key) {
    }
}
