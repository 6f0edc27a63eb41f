package dev.trustcenter.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The saved diff regressions (src/test/resources/diff-regressions/&lt;name&gt;/{old.md,new.md}). */
final class DiffRegressionPairs {

    private DiffRegressionPairs() {
    }

    static List<Path> all() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(DiffRegressionPairs.class.getResource("/diff-regressions")).toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> pairs = dirs.filter(Files::isDirectory).sorted().toList();
            assertFalse(pairs.isEmpty(), "no regression pairs under " + root);
            return pairs;
        }
    }
}
