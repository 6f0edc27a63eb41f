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

    /** What readers are told the text before the first heading is: a plain name, not a description of where it sits. */
    public static final String BEFORE_FIRST_HEADING = "Opening text";

    public ChangedSection {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(anchor, "anchor");
    }

    /** The title to show: the heading's text, or {@link #BEFORE_FIRST_HEADING}. */
    public String shownTitle() {
        return title.isEmpty() ? BEFORE_FIRST_HEADING : title;
    }
}
