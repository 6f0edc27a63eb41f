/**
 * Plain renderings for the {@code diff} command: of one {@link dev.trustcenter.diff.PolicyDiff} as
 * text for a terminal (optionally with ANSI colours) and GitHub-flavoured Markdown, and of a whole
 * {@link dev.trustcenter.diff.RangeDiff} (a pull request) as text, Markdown for a pull-request
 * comment or job summary, or one self-contained HTML page. Only changed blocks are shown in text
 * and Markdown, under the title of their section. Stateless.
 */
package dev.trustcenter.diff.format;
