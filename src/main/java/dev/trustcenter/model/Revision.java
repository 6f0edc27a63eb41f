package dev.trustcenter.model;

import dev.trustcenter.content.PolicySource;
import java.time.Instant;
import java.time.LocalDate;

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
 */
public record Revision(String id, String commitId, Instant time, String author, String committer,
                       String subject, String path, String contentPath, String blobId, PolicySource source,
                       LocalDate reviewed, boolean review, ReviewLabel label, String approvedBy,
                       boolean editorial) {

    Revision withReview(boolean isReview, ReviewLabel coveringLabel, String approver) {
        return new Revision(id, commitId, time, author, committer, subject, path, contentPath, blobId, source,
                reviewed, isReview, coveringLabel, approver, editorial);
    }
}
