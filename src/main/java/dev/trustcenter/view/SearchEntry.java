package dev.trustcenter.view;

/**
 * One document of {@code search-index.json}: a section of a policy's current text.
 *
 * @param section  the section's heading; null for the text before the first heading
 * @param url      the current page with the section's anchor ({@code /security-policy/#encryption})
 */
public record SearchEntry(String policy, String section, String url, String text) {
}
