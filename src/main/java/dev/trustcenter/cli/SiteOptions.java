package dev.trustcenter.cli;

import dev.trustcenter.content.SiteSettings;
import dev.trustcenter.diag.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by commands that render the site: the theme and the public URL. */
final class SiteOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder; files there override the built-in theme one by one. Default: <repo>/templates.")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public URL of the site, for feeds and the sitemap. Default: base_url in content/_index.md.")
    String baseUrl;

    /** The templates folder: {@code --templates}, which must exist, else the repository's {@code templates/} if any. */
    Path templatesDir(Path repoDir) {
        if (templates == null) {
            return GitRoot.find(repoDir).resolve("templates");
        }
        if (!Files.isDirectory(templates)) {
            throw new UserException("--templates '" + templates + "' " + (Files.exists(templates) ? "is not a folder"
                    : "does not exist") + " (without --templates, the repository's templates/ folder is used if it has one)");
        }
        return templates;
    }

    /** {@code --base-url}, checked: null when not given. */
    String baseUrl() {
        String problem = SiteSettings.baseUrlProblem(baseUrl);
        if (problem != null) {
            throw new UserException("--base-url '" + baseUrl + "' " + problem);
        }
        return baseUrl;
    }
}
