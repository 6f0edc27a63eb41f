/**
 * {@code check}: validates what {@code build} would publish — the working tree by default, or the
 * tree at a ref — without writing a site. Reuses the content parser, the Markdown renderer (for
 * heading ids and link positions), the model (for review dates from history) and the diff (for
 * "text changed since the last review"); every finding is a {@link dev.trustcenter.diag.Diagnostic}
 * with {@code path:line:column}. Knows nothing of views, templates or the site.
 */
package dev.trustcenter.check;
