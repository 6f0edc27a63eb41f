package dev.trustcenter.view;

/**
 * The search page. Without JavaScript it can only point to the policy list; with it,
 * {@code search.js} loads {@code indexUrl} and searches it with lunr in the browser.
 */
public record SearchView(SiteView site, String indexUrl) {
}
