package dev.trustcenter.view;

import java.util.List;

/**
 * A version offered by the compare form: {@code key} is the label slug or revision id used in compare
 * URLs; {@code targets} are the keys of the newer versions it has a published diff to.
 */
public record CompareOptionView(String key, String text, List<String> targets) {

    public CompareOptionView {
        targets = List.copyOf(targets);
    }

    public CompareOptionView(String key, String text) {
        this(key, text, List.of());
    }
}
