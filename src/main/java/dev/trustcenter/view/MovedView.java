package dev.trustcenter.view;

/**
 * A page at an old address, sending readers to the page that holds it now: a renamed policy's
 * page, or a revision a later merge took in.
 *
 * @param url         the new address, site-relative
 * @param absoluteUrl the new address with the base URL, for the canonical link
 * @param merged      a revision a merge took in, rather than a page of a renamed policy
 */
public record MovedView(SiteView site, String title, String url, String absoluteUrl, boolean merged) {
}
