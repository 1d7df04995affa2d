package org.crmir.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Marks rows that repeat a record already stored, or an earlier row of the same file, by the keys that identify
 * the record (e-mail, tax ID, SKU...). A key reads "e-mail ann@example.com", so that it names itself in messages.
 *
 * @param <D> the drafts compared
 */
final class Duplicates<D> {

    private final Map<String, String> stored;
    private final Function<D, List<String>> keysOf;

    /**
     * @param stored key → the name of the stored record that has it
     * @param keysOf the keys of a draft
     */
    Duplicates(Map<String, String> stored, Function<D, List<String>> keysOf) {
        this.stored = stored;
        this.keysOf = keysOf;
    }

    /** The outcomes with each ready duplicate turned into a {@link RowStatus#DUPLICATE} saying of what. */
    List<RowImporter.Outcome<D>> mark(List<RowImporter.Outcome<D>> read, String noun) {
        Map<String, Integer> seen = new HashMap<>();
        List<RowImporter.Outcome<D>> marked = new ArrayList<>(read.size());
        for (RowImporter.Outcome<D> outcome : read) {
            marked.add(outcome.ready() ? marked(outcome, noun, seen) : outcome);
        }
        return marked;
    }

    private RowImporter.Outcome<D> marked(RowImporter.Outcome<D> outcome, String noun, Map<String, Integer> seen) {
        int row = outcome.check().rowNumber();
        String because = null;
        for (String key : keysOf.apply(outcome.draft())) {
            if (because == null && stored.containsKey(key)) {
                because = "a " + noun + " with " + key + " exists already (" + stored.get(key) + ")";
            } else if (because == null && seen.containsKey(key)) {
                because = "row " + seen.get(key) + " has the same " + key;
            }
        }
        keysOf.apply(outcome.draft()).forEach(key -> seen.putIfAbsent(key, row));
        if (because == null) {
            return outcome;
        }
        return new RowImporter.Outcome<>(new RowCheck(row, RowStatus.DUPLICATE, "Duplicate: " + because), null);
    }
}
