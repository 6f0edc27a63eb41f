/**
 * Reads one Markdown source from a string: splits the front matter, parses it with a YAML parser
 * into {@link dev.trustcenter.content.FrontMatter} (known keys typed, unknown keys kept), and
 * derives slugs and site settings. Knows nothing of git, Markdown rendering, HTML or the clock.
 */
package dev.trustcenter.content;
