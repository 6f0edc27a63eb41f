package dev.trustcenter.site;

import dev.trustcenter.content.PolicySource;
import dev.trustcenter.model.Policy;

/**
 * A policy file whose working-tree state differs from the built commit.
 *
 * @param published   the published policy of the same slug, or null for a new policy
 * @param contentPath the file, relative to the content folder
 * @param repoPath    the file, relative to the repository
 * @param source      the file as it is on disk, parsed strictly; null when it was deleted
 */
record Draft(String slug, Policy published, String contentPath, String repoPath, PolicySource source) {
}
