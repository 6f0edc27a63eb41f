package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code target/trustcenter.jar} as a user would, after {@code package}: the help
 * text, and a build of this repository's sample trust center from its own git history.
 */
class JarSmokeIT {

    private static final Path JAR = Path.of("target/trustcenter.jar");

    @TempDir
    Path tmp;

    private record Run(int code, String out) {
    }

    private static Run java(String... args) throws IOException, InterruptedException {
        return java(Map.of(), args);
    }

    private static Run java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
        return new Run(p.exitValue(), out);
    }

    @Test
    void helpListsTheBuildCommand() throws Exception {
        Run run = java("--help");
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("build"), run.out());
    }

    @Test
    void buildsTheSampleTrustCenterFromThisRepositorysHistory() throws Exception {
        Path out = tmp.resolve("site");
        Run run = java("build", "--out", out.toString(), "--today", "2026-11-28");
        assertEquals(0, run.code(), run.out());
        assertTrue(run.out().contains("policies"), run.out());
        assertTrue(Files.exists(out.resolve("index.html")));
        assertTrue(Files.exists(out.resolve("security-policy/history/index.html")));
        assertTrue(Files.readString(out.resolve("policies.json")).contains("\"slug\" : \"security-policy\""));
        assertTrue(!run.out().contains("SLF4J") && !run.out().contains("WARNING:"), "no logging noise: " + run.out());
    }

    @Test
    void checksAndDiffsTheSampleTrustCenter() throws Exception {
        Run check = java("check", "--today", "2026-11-28");
        assertEquals(0, check.code(), check.out());
        assertTrue(check.out().contains("check: 0 errors, "), check.out());
        Run diff = java("diff", "--format", "markdown", "8b23afb..f3cb67e");
        assertEquals(0, diff.code(), diff.out());
        assertTrue(diff.out().startsWith("## Policy changes 8b23afb..f3cb67e\n"), diff.out());
        assertTrue(!diff.out().contains("SLF4J"), "no logging noise: " + diff.out());
    }

    /** CI containers often set no locale; Java then cannot read a file name such as "Datenschutzerklärung.md". */
    @Test
    void aFileNameTheLocaleCannotReadIsAUserErrorThatNamesTheFix() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")), "this JVM cannot write the name either");
        Path content = Files.createDirectories(tmp.resolve("plain/content"));
        Files.writeString(content.resolve("Datenschutzerklärung.md"), "---\ntitle: Datenschutz\n---\nText.\n");
        Run run = java(Map.of("LANG", "C", "LC_ALL", "C"), "check", "--repo", tmp.resolve("plain").toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("run trustcenter with a UTF-8 locale, e.g. LANG=C.UTF-8"), run.out());
        assertTrue(!run.out().contains("\tat "), run.out());
    }

    /** The Markdown parser recurses once per level: hundreds of levels overflow the stack. */
    @Test
    void textNestedHundredsOfLevelsDeepIsAUserErrorThatCheckLocates() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("deep/content"));
        Files.writeString(content.resolve("deep.md"), "---\ntitle: Deep\n---\n\n" + "> ".repeat(3000) + "deep\n");
        Run build = java("build", "--repo", tmp.resolve("deep").toString(), "--out", tmp.resolve("deep-site").toString());
        assertEquals(1, build.code(), build.out());
        assertTrue(build.out().contains("error: a policy nests lists, block quotes or brackets too deeply to be read"), build.out());
        assertTrue(!build.out().contains("\tat "), build.out());
        Run check = java("check", "--repo", tmp.resolve("deep").toString());
        assertEquals(1, check.code(), check.out());
        assertTrue(check.out().contains("content/deep.md:4:1: error: the text nests lists or block quotes too deeply"), check.out());
    }

    @Test
    void aUserErrorExitsWithOneAndNoStackTrace() throws Exception {
        Run run = java("build", "--repo", tmp.toString(), "--content", "missing", "--out", tmp.resolve("s").toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(!run.out().contains("Exception") && !run.out().contains("\tat "), run.out());
    }
}
