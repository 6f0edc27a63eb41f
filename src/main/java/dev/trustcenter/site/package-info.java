/**
 * Plans and writes the site: renders each policy's versions and diffs into pages, feeds, the
 * sitemap and {@code policies.json}, writes them into a temporary folder and swaps it in only when
 * everything succeeded, so a failed build leaves the previous site as it was.
 * {@link dev.trustcenter.site.SiteBuild#run} is the build, as named, timed phases.
 */
package dev.trustcenter.site;
