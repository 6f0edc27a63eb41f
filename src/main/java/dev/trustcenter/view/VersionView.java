package dev.trustcenter.view;

/**
 * Which version a page shows.
 *
 * @param label         review label covering this version, or null for changes since the last review
 * @param permanentUrl  the URL that will always show exactly this text (review or revision page)
 * @param changeType    of this revision against the previous one: {@code none}, {@code editorial},
 *                      {@code material}; null for a first version
 * @param effectiveIso  the {@code effective} date this version carries; null when it has none
 * @param shareUrl      the permanent URL to share: absolute when the site has a base URL, else as {@code permanentUrl}
 * @param pdfUrl        the PDF of this version, or null when the build made none for it
 */
public record VersionView(String label, String reviewedIso, String reviewedText, String commit,
                          String commitShort, String dateIso, String dateText, String author,
                          String subject, String approvedBy, String permanentUrl, String changeType,
                          String changeText, String effectiveIso, String effectiveText, String shareUrl,
                          String pdfUrl) {

    public VersionView(String label, String reviewedIso, String reviewedText, String commit, String commitShort,
                       String dateIso, String dateText, String author, String subject, String approvedBy,
                       String permanentUrl, String changeType, String changeText) {
        this(label, reviewedIso, reviewedText, commit, commitShort, dateIso, dateText, author, subject, approvedBy,
                permanentUrl, changeType, changeText, null, null);
    }

    /** A version shared by its permanent URL as printed, without a PDF. */
    public VersionView(String label, String reviewedIso, String reviewedText, String commit, String commitShort,
                       String dateIso, String dateText, String author, String subject, String approvedBy,
                       String permanentUrl, String changeType, String changeText, String effectiveIso,
                       String effectiveText) {
        this(label, reviewedIso, reviewedText, commit, commitShort, dateIso, dateText, author, subject, approvedBy,
                permanentUrl, changeType, changeText, effectiveIso, effectiveText, permanentUrl, null);
    }

    /** The same version with its PDF's URL. */
    public VersionView withPdfUrl(String url) {
        return new VersionView(label, reviewedIso, reviewedText, commit, commitShort, dateIso, dateText, author,
                subject, approvedBy, permanentUrl, changeType, changeText, effectiveIso, effectiveText, shareUrl, url);
    }
}
