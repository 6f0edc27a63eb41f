package dev.trustcenter.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A changed front-matter field between two versions, e.g. owner or review date.
 *
 * @param older the earlier value, null when the field was added
 * @param newer the later value, null when the field was removed
 */
public record MetadataChange(String field, String older, String newer) {

    public MetadataChange {
        Objects.requireNonNull(field, "field");
    }

    /**
     * The fields whose values differ, in the older map's key order followed by keys only the newer
     * map has (in its order). Pass ordered maps (e.g. {@link java.util.LinkedHashMap}) for a stable order.
     */
    public static List<MetadataChange> compare(Map<String, String> older, Map<String, String> newer) {
        List<MetadataChange> changes = new ArrayList<>();
        older.forEach((field, value) -> {
            if (!Objects.equals(value, newer.get(field))) {
                changes.add(new MetadataChange(field, value, newer.get(field)));
            }
        });
        newer.forEach((field, value) -> {
            if (!older.containsKey(field) && value != null) {
                changes.add(new MetadataChange(field, null, value));
            }
        });
        return List.copyOf(changes);
    }
}
