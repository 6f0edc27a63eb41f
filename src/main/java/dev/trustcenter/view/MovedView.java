package dev.trustcenter.view;

/**
 * A page at a renamed policy's old address, sending readers to the same page at the new one.
 *
 * @param url         the new address, site-relative
 * @param absoluteUrl the new address with the base URL, for the canonical link
 */
public record MovedView(SiteView site, String title, String url, String absoluteUrl) {
}
