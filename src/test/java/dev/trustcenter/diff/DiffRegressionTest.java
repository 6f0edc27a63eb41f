package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.trustcenter.diff.DiffChecks.assertChangeTypeFollowsTheHtml;
import static dev.trustcenter.diff.DiffChecks.assertReconstructs;
import static dev.trustcenter.diff.DiffChecks.assertWordCountsAddUp;
import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.trustcenter.markdown.RenderedBody;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays pairs under src/test/resources/diff-regressions/&lt;name&gt;/{old.md,new.md}: examples the
 * property test once found failing, and hand-made ones, all checked against the same property.
 */
class DiffRegressionTest {

    static List<Path> pairs() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(DiffRegressionTest.class.getResource("/diff-regressions")).toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> pairs = dirs.filter(Files::isDirectory).sorted().toList();
            assertFalse(pairs.isEmpty(), "no regression pairs under " + root);
            return pairs;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void savedPairStillReconstructsBothVersions(Path pair) throws IOException {
        String older = Files.readString(pair.resolve("old.md"), StandardCharsets.UTF_8);
        String newer = Files.readString(pair.resolve("new.md"), StandardCharsets.UTF_8);
        String context = pair.getFileName() + "\n--- old.md\n" + older + "--- new.md\n" + newer;
        RenderedBody a = render(older);
        RenderedBody b = render(newer);
        assertReconstructs(a, b, context);
        assertWordCountsAddUp(a, b, PolicyDiffer.diff(a, b), context);
        assertChangeTypeFollowsTheHtml(a, b, PolicyDiffer.diff(a, b), context);
    }
}
