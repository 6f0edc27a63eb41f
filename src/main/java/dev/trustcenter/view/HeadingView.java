package dev.trustcenter.view;

/** A heading of a policy body, for the table of contents and section links. */
public record HeadingView(int level, String id, String text) {
}
