package dev.trustcenter.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A digest of every file in the repository's templates folder: the theme, as an input of the cache. */
final class TemplatesDigest {

    private TemplatesDigest() {
    }

    private static String digest(Path file) throws IOException {
        try {
            return PolicyCache.digest(Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (NoSuchFileException e) {
            return "deleted"; // an editor's temporary file, gone while we looked
        }
    }

    /** Empty when the folder is null or missing (the jar's theme cannot change while running). */
    static String of(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return "";
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            StringBuilder s = new StringBuilder();
            List<Path> files = paths.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                s.append(dir.relativize(f)).append(' ').append(digest(f)).append('\n');
            }
            return PolicyCache.digest(s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates folder " + dir, e);
        }
    }
}
