/**
 * Reads the first-parent history of a repository's content folder in one walk and hands it on as
 * plain Java values: one {@link dev.trustcenter.history.FileLineage} per tracked file (renames
 * followed), the files at the built commit, the uncommitted paths, and a
 * {@link dev.trustcenter.history.BlobSource} for the bytes. The only package that imports JGit; no
 * JGit type appears in its public API. It knows nothing of reviews, Markdown or URLs. User problems
 * (shallow clone, unknown ref, missing content folder) are thrown as
 * {@link dev.trustcenter.diag.UserException}; I/O failures of the repository itself as
 * {@link java.io.UncheckedIOException}.
 */
package dev.trustcenter.history;
