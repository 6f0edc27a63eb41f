package dev.trustcenter.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Answers requests from the current {@link Snapshot}: the version endpoint, pages (with the preview
 * additions), assets, redirects from {@code /slug} to {@code /slug/}, the site's 404 page, and the
 * error page while the site does not build. Reads only memory, so a path can never reach the disk.
 */
final class SiteHandler implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"));

    private final Supplier<Snapshot> snapshot;
    private final String prefix;
    private final Set<String> hosts;

    /**
     * @param prefix the base URL's path without the trailing slash ({@code ""} or {@code /trust})
     * @param hosts  the {@code Host} headers answered ({@code 127.0.0.1:8080}, {@code localhost:8080});
     *               empty to answer any
     */
    SiteHandler(Supplier<Snapshot> snapshot, String prefix, Set<String> hosts) {
        this.snapshot = snapshot;
        this.prefix = prefix;
        this.hosts = Set.copyOf(hosts);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", bytes("only GET and HEAD\n"));
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (!hosts.isEmpty() && (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT)))) {
                // A page elsewhere could point a name of its own at 127.0.0.1 and read the drafts (DNS rebinding).
                send(exchange, 403, "text/plain; charset=utf-8", bytes("unknown host " + host + "\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            Snapshot current = snapshot.get();
            if (path.equals(PageInjector.VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", bytes(Long.toString(current.version())));
                return;
            }
            serve(exchange, path, current);
        }
    }

    private void serve(HttpExchange exchange, String path, Snapshot current) throws IOException {
        if (!path.startsWith(prefix + "/")) {
            boolean home = path.equals("/") || path.equals(prefix);
            redirectOrNotFound(exchange, path, home ? prefix + "/" : null, current);
            return;
        }
        String file = sitePath(path.substring(prefix.length() + 1));
        boolean page = file.endsWith(".html");
        if (current.failed() && (page || current.files().isEmpty())) {
            send(exchange, 500, TYPES.get("html"), bytes(ErrorPage.html(current.errors(), current.version())));
            return;
        }
        byte[] content = current.files().get(file);
        if (content == null) {
            String folder = file.isEmpty() || file.endsWith("/") ? null : file + "/index.html";
            redirectOrNotFound(exchange, path, folder != null && current.files().containsKey(folder) ? path + "/" : null, current);
            return;
        }
        if (page) {
            content = bytes(PageInjector.inject(new String(content, StandardCharsets.UTF_8), path, prefix + "/", current));
        }
        send(exchange, 200, type(file), content);
    }

    private void redirectOrNotFound(HttpExchange exchange, String path, String location, Snapshot current) throws IOException {
        if (location != null && !location.equals(path)) {
            exchange.getResponseHeaders().set("Location", location);
            send(exchange, 301, "text/plain; charset=utf-8", bytes("moved to " + location + "\n"));
            return;
        }
        byte[] notFound = current.files().get("404.html");
        if (notFound == null) {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"));
            return;
        }
        String html = PageInjector.inject(new String(notFound, StandardCharsets.UTF_8), path, prefix + "/", current);
        send(exchange, 404, TYPES.get("html"), bytes(html));
    }

    /** {@code a/b/} and {@code ""} name folders: their {@code index.html}. */
    static String sitePath(String relative) {
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (file.endsWith("feed.xml") || file.endsWith("feed-material.xml")) {
            return "application/atom+xml";
        }
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
