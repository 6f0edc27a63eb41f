package dev.trustcenter.view;

/** A version offered by the compare form: {@code key} is the label slug or revision id used in compare URLs. */
public record CompareOptionView(String key, String text) {
}
