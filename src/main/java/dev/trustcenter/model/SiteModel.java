package dev.trustcenter.model;

import dev.trustcenter.content.SiteSettings;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the site shows, as of one commit and one "today".
 *
 * @param builtCommit full hash of the built commit; null for a folder outside git
 * @param contentRoot repository-relative content folder, {@code ""} for the repository root
 * @param policies    published and retired policies, ordered by slug
 * @param assets      content-relative paths of files copied as they are (images, PDFs…)
 */
public record SiteModel(SiteSettings settings, String builtCommit, String contentRoot, LocalDate today,
                        List<Policy> policies, List<Asset> assets) {

    /** A non-Markdown file under the content folder, copied to the same path in the site. */
    public record Asset(String contentPath, String blobId) {
    }

    public SiteModel {
        policies = List.copyOf(policies);
        assets = List.copyOf(assets);
    }
}
