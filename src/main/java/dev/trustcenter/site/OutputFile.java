package dev.trustcenter.site;

/** One file of the site: its path relative to the output folder and its bytes. */
public record OutputFile(String sitePath, byte[] content) {
}
