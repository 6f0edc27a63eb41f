package dev.trustcenter.model;

import dev.trustcenter.content.PolicySource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One first-parent commit that changed a policy's file, with the file as it was then.
 *
 * @param id           short commit id, the revision's permanent URL segment ({@code unversioned}
 *                     for a folder outside git)
 * @param commitId     full hash, null outside git
 * @param path         repository-relative path at that commit
 * @param contentPath  the path under the content folder as it was at that commit (the folder may have moved since)
 * @param reviewed     the review date this version carries
 * @param review       whether this revision records a review
 * @param label        the review that covers this revision (its own, or the next review after it);
 *                     null for changes made since the last review
 * @param editorial    the commit was marked {@code Change-Type: editorial}
 * @param absorbed     short ids of the commits a merge brought in that changed this file: one of
 *                     them may have been a revision until the merge took it off the first-parent line
 */
public record Revision(String id, String commitId, Instant time, String author, String committer,
                       String subject, String path, String contentPath, String blobId, PolicySource source,
                       LocalDate reviewed, boolean review, ReviewLabel label, String approvedBy,
                       boolean editorial, List<String> absorbed) {

    Revision withReview(boolean isReview, ReviewLabel coveringLabel, String approver) {
        return new Revision(id, commitId, time, author, committer, subject, path, contentPath, blobId, source,
                reviewed, isReview, coveringLabel, approver, editorial, absorbed);
    }
}
