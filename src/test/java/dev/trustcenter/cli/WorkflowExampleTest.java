package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The ready-made GitHub Actions workflow in {@code examples/github-workflows/}: it parses as YAML, does
 * what the README promises, and every trustcenter command it runs parses with the real command line,
 * so a renamed option or subcommand breaks this test rather than a user's pull request.
 */
class WorkflowExampleTest {

    private static final Path FOLDER = Path.of("examples/github-workflows");
    private static final Pattern JAVA_JAR = Pattern.compile("java\\s+-jar\\s+(\"[^\"]*\"|\\S+)\\s+(.*)");

    @Test
    void everyTrustcenterCommandInTheWorkflowParsesWithTheRealCommandLine() throws Exception {
        List<List<String>> commands = new ArrayList<>();
        for (Map<String, Object> step : steps(workflow())) {
            if (step.get("run") instanceof String run) {
                for (String line : run.split("\n")) {
                    Matcher m = JAVA_JAR.matcher(line.strip());
                    if (m.find() && m.group(1).contains("trustcenter.jar")) {
                        commands.add(arguments(m.group(2)));
                    }
                }
            }
        }
        assertEquals(List.of("diff", "check", "build"), commands.stream().map(c -> c.get(0)).toList());
        for (List<String> args : commands) {
            CommandLine.ParseResult parsed = Main.commandLine().parseArgs(args.toArray(String[]::new));
            assertTrue(parsed.hasSubcommand(), () -> "no subcommand in " + args);
            assertTrue(parsed.subcommand().unmatched().isEmpty(), () -> "unmatched arguments in " + args);
        }
        assertEquals(List.of("diff", "--format", "markdown", "origin/$GITHUB_BASE_REF..HEAD"), commands.get(0));
        assertEquals(List.of("check", "--strict"), commands.get(1));
    }

    @Test
    void pullRequestsAreCheckedAndSummarisedAndMainIsDeployedWithFullHistory() throws Exception {
        Map<String, Object> workflow = workflow();
        Map<String, Object> on = map(workflow.get("on"));
        assertTrue(on.containsKey("pull_request"));
        assertEquals(List.of("main"), map(on.get("push")).get("branches"));
        Map<String, Object> jobs = map(workflow.get("jobs"));
        Map<String, Object> check = map(jobs.get("check"));
        Map<String, Object> publish = map(jobs.get("publish"));
        assertTrue(String.valueOf(check.get("if")).contains("pull_request"));
        assertTrue(runs(check).stream().anyMatch(r -> r.contains(" diff --format markdown ") && r.endsWith(">> \"$GITHUB_STEP_SUMMARY\"")));
        assertTrue(runs(check).stream().anyMatch(r -> r.endsWith(" check --strict")));
        assertTrue(runs(publish).stream().anyMatch(r -> r.contains(" build --out site ")));
        for (Map<String, Object> job : List.of(check, publish)) {
            Map<String, Object> checkout = steps(job).stream()
                    .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/checkout@")).findFirst().orElseThrow();
            assertEquals(0, map(checkout.get("with")).get("fetch-depth"), "history must be complete");
        }
        assertTrue(steps(publish).stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));
        assertEquals("write", map(publish.get("permissions")).get("pages"));
    }

    @Test
    void theProblemMatcherPicksUpWhatCheckPrints(@TempDir Path dir) throws Exception {
        JsonNode pattern = new ObjectMapper().readTree(FOLDER.resolve("trustcenter-problem-matcher.json").toFile())
                .get("problemMatcher").get(0).get("pattern").get(0);
        Pattern regexp = Pattern.compile(pattern.get("regexp").asText());
        TestRepo repo = TestRepo.init(dir.resolve("repo"));
        repo.write("content/policy.md", "---\ntitle: Policy\nlast_reviewed: 2026-01-01\n---\nSee [x](missing.md).\n");
        repo.commit("Add policy", "2026-01-01T10:00:00Z");
        TestSite run = TestSite.run(dir, "check", "--repo", repo.dir().toString(), "--today", "2026-07-01");
        List<String> lines = List.of(run.stdout.split("\n"));
        assertEquals(2, lines.size(), run.stdout);
        for (String line : lines) {
            Matcher m = regexp.matcher(line);
            assertTrue(m.matches(), line);
            assertEquals("content/policy.md", m.group(pattern.get("file").asInt()));
            assertTrue(List.of("error", "warning").contains(m.group(pattern.get("severity").asInt())));
        }
        Matcher link = regexp.matcher(lines.get(1));
        assertTrue(link.matches());
        assertEquals("5", link.group(pattern.get("line").asInt()));
        assertEquals("5", link.group(pattern.get("column").asInt()));
        assertEquals("link 'missing.md': no policy missing.md in the content folder", link.group(pattern.get("message").asInt()));
    }

    private static Map<String, Object> workflow() throws Exception {
        Object loaded = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(FOLDER.resolve("trustcenter.yml")));
        assertNotNull(loaded);
        return map(loaded);
    }

    private static List<Map<String, Object>> steps(Map<String, Object> workflow) {
        List<Map<String, Object>> steps = new ArrayList<>();
        if (workflow.containsKey("jobs")) {
            map(workflow.get("jobs")).values().forEach(job -> steps.addAll(steps(map(job))));
        } else {
            ((List<?>) workflow.get("steps")).forEach(s -> steps.add(map(s)));
        }
        return steps;
    }

    private static List<String> runs(Map<String, Object> job) {
        return steps(job).stream().map(s -> s.get("run")).filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, () -> "expected a mapping, got " + o);
        return (Map<String, Object>) o;
    }

    /** Shell words of a command, up to a redirection, pipe or command separator; quotes removed. */
    static List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(line);
        while (m.find()) {
            String bare = m.group(3);
            if (bare != null && (bare.startsWith(">") || bare.equals("|") || bare.equals("&&") || bare.equals(";"))) {
                break;
            }
            words.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : bare);
        }
        return words;
    }
}
