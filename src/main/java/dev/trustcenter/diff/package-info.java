/**
 * Compares two rendered bodies: first block by block (so an inserted section is a run of inserted
 * blocks), then, inside a replaced stretch, word by word between paired blocks of the same kind (so
 * an edited sentence shows the few words that changed and a table cell its own change). All
 * sequence alignment is java-diff-utils' Myers diff. The result, {@link dev.trustcenter.diff.PolicyDiff},
 * is a model; {@link dev.trustcenter.diff.DiffHtml} turns it into HTML fragments whose text with all
 * {@code <del>} removed is the newer text and with all {@code <ins>} removed the older one. Knows
 * nothing of policies, git, pages or templates; everything here is immutable or stateless.
 */
package dev.trustcenter.diff;
