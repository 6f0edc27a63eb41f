package dev.trustcenter.diff;

import java.util.Objects;

/**
 * A section with at least one change.
 *
 * @param sectionId the heading id ("" for content before the first heading); for a section that only
 *                  the older version has, its id there
 * @param title     the heading text, "" before the first heading
 * @param anchor    id of the first change in the section in the HTML fragments, e.g. "change-3"
 */
public record ChangedSection(String sectionId, String title, String anchor) {

    public ChangedSection {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(anchor, "anchor");
    }
}
