package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.testing.TestRepo;
import dev.trustcenter.testing.TestSite;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} says when it cannot start; serving itself is tested in {@code PreviewTest}. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aPortInUseIsAUserErrorSuggestingAnother() throws IOException {
        try (TestRepo repo = TestRepo.init(tmp.resolve("repo"));
             ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            repo.write("content/security.md", "---\ntitle: Security\n---\nText.\n");
            repo.commit("first", "2024-01-15T10:00:00Z");
            TestSite result = TestSite.run(tmp.resolve("site"), "serve", "--repo", repo.dir().toString(),
                    "--port", Integer.toString(taken.getLocalPort()), "--today", "2024-02-01");
            assertEquals(1, result.exitCode);
            assertTrue(result.stderr.startsWith("error: cannot listen on 127.0.0.1:" + taken.getLocalPort()), result.stderr);
            assertTrue(result.stderr.contains("--port"), result.stderr);
        }
    }

    @Test
    void aMissingContentFolderIsAUserError() {
        try (TestRepo repo = TestRepo.init(tmp.resolve("repo"))) {
            repo.write("policies/security.md", "---\ntitle: Security\n---\nText.\n");
            repo.commit("first", "2024-01-15T10:00:00Z");
            TestSite result = TestSite.run(tmp.resolve("site"), "serve", "--repo", repo.dir().toString(), "--port", "0");
            assertEquals(1, result.exitCode);
            assertTrue(result.stderr.contains("content folder 'content' not found"), result.stderr);
        }
    }

    @Test
    void aPortOutOfRangeIsAUserError() {
        TestSite result = TestSite.run(tmp.resolve("site"), "serve", "--repo", tmp.toString(), "--port", "99999");
        assertEquals(1, result.exitCode);
        assertEquals("error: --port 99999 is not a port number (1-65535, or 0 for a free one)\n", result.stderr);
    }
}
