package dev.trustcenter.site;

/**
 * Where a draft's pages are, for the preview server to link them from the published pages. URLs
 * are links as printed in pages (under the base URL's path).
 *
 * @param currentUrl the published policy's current page; null for a new policy
 * @param historyUrl null for a new policy
 * @param deleted    the file is deleted in the working tree
 */
public record DraftLink(String slug, String title, String path, String url, String diffUrl, String currentUrl,
                        String historyUrl, boolean deleted) {
}
