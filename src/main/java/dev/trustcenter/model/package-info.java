/**
 * The domain: policies, their revisions (first-parent commits that changed the file) and reviews
 * (revisions whose {@code last_reviewed} changed), review labels, cycles and status. Built from the
 * history and content parsing with "today" passed in; immutable records, no clock, no rendering.
 */
package dev.trustcenter.model;
