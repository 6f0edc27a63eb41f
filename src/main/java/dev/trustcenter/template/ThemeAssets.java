package dev.trustcenter.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The theme's static files: the jar's defaults, overridden and extended by the repository's. */
final class ThemeAssets {

    /** A jar's resources cannot be listed portably, so the default theme names its files here. */
    static final List<String> DEFAULT_FILES = List.of("search.js", "site.js", "style.css");

    private ThemeAssets() {
    }

    /** @param repoStaticDir the repository's {@code templates/static/}; null or missing is allowed */
    static Map<String, byte[]> collect(Path repoStaticDir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String name : DEFAULT_FILES) {
            files.put(name, fromJar(name));
        }
        if (repoStaticDir != null && Files.isDirectory(repoStaticDir)) {
            files.putAll(fromFolder(repoStaticDir));
        }
        return Collections.unmodifiableSortedMap(files);
    }

    private static byte[] fromJar(String name) {
        String resource = TemplateEngine.JAR_TEMPLATES + "/static/" + name;
        try (InputStream in = ThemeAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("default theme file " + resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read default theme file " + resource, e);
        }
    }

    private static Map<String, byte[]> fromFolder(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                String key = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                files.put(key, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
