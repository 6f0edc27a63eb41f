/**
 * Edits policy files in the working tree on a writer's behalf: {@code review} records a review by
 * setting {@code last_reviewed}. Reads with the content parser, computes dates with the model, and
 * changes only the bytes it must. Knows nothing of Markdown rendering, pages or templates.
 */
package dev.trustcenter.edit;
