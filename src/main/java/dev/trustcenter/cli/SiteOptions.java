package dev.trustcenter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by commands that render the site: the theme and the public URL. */
final class SiteOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder; files there override the built-in theme one by one. Default: <repo>/templates.")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public URL of the site, for feeds and the sitemap. Default: base_url in content/_index.md.")
    String baseUrl;

    Path templatesDir(Path repoDir) {
        return templates != null ? templates : GitRoot.find(repoDir).resolve("templates");
    }
}
