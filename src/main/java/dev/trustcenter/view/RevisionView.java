package dev.trustcenter.view;

/** One revision in a history listing. {@code diffUrl} compares with the previous revision (null for the first). */
public record RevisionView(String id, String url, String commit, String commitShort, String dateIso,
                           String dateText, String author, String subject, boolean review,
                           String changeType, String changeText, String diffUrl) {
}
