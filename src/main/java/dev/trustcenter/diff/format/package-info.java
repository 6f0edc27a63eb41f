/**
 * Plain renderings of a {@link dev.trustcenter.diff.PolicyDiff} for the {@code diff} command: text
 * for a terminal (optionally with ANSI colours) and GitHub-flavoured Markdown for a pull-request
 * comment. Only changed blocks are shown, under the title of their section. Stateless.
 */
package dev.trustcenter.diff.format;
