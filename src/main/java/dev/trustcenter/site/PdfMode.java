package dev.trustcenter.site;

/** Which versions get a PDF: none, the current version of each policy, or also every review. */
public enum PdfMode {
    NONE, CURRENT, ALL
}
