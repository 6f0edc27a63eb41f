package dev.trustcenter.view;

/** The 404 page. */
public record NotFoundView(SiteView site) {
}
