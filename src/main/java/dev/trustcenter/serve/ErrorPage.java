package dev.trustcenter.serve;

import java.util.List;

/**
 * The page every request gets while the site does not build: the errors, escaped, and the reload
 * script, so the page comes back by itself once the file is fixed. Self-contained (inline style),
 * because the theme's stylesheet may be what is broken.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(List<String> errors, long version) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Build error · trustcenter serve</title>
                <style>
                body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
                h1 { color: #7f1d1d; font-size: 1.5rem; }
                .build-errors { list-style: none; padding: 0; }
                .build-errors li { margin: .5rem 0; padding: .6rem .8rem; border-left: 4px solid #c53030; background: #fde7e7;
                  font: 14px/1.45 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
                </style>
                </head>
                <body class="page-build-error">
                <main id="main">
                <h1>The site does not build</h1>
                <p>Fix the file below and save it: this page reloads by itself. The same message is in the terminal.</p>
                <ul class="build-errors">
                """);
        for (String e : errors) {
            s.append("<li>").append(Html.escape(e)).append("</li>\n");
        }
        return s.append("</ul>\n</main>\n").append(PageInjector.reloadScript(version)).append("</body>\n</html>\n").toString();
    }
}
