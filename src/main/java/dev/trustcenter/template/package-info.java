/**
 * Renders view records to HTML and XML with FreeMarker, and supplies the theme's static files.
 * Templates come from the repository's {@code templates/} folder first and from the default theme
 * packaged in the jar second; the override is per file, so a repository that ships only
 * {@code templates/policy.ftlh} replaces that page and keeps every other default template, macro and
 * asset. Templates see {@code page} (the view) and {@code site} (its {@code site()} component, when it
 * has one); {@code .ftlh} output is HTML-escaped and {@code .ftlx} XML-escaped unless a template says
 * {@code ?no_esc}. Template faults surface as {@link dev.trustcenter.diag.SourceException}s positioned at
 * {@code templates/<name>:<line>}. Depends on {@code diag} only: it knows nothing of the view types.
 */
package dev.trustcenter.template;
