package dev.trustcenter.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded review of a policy.
 *
 * @param revision    the revision that recorded it
 * @param revisions   the revisions it covers, oldest first: those since the previous review, ending
 *                    with {@code revision}
 * @param textChanged false when the text is the same as at the previous review ("reviewed, no
 *                    changes"); true for the first review
 */
public record Review(ReviewLabel label, LocalDate reviewed, Revision revision, String approvedBy,
                     boolean textChanged, List<Revision> revisions) {

    public Review {
        revisions = List.copyOf(revisions);
    }
}
