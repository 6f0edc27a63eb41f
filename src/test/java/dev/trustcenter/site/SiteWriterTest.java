package dev.trustcenter.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.UserException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path tmp;

    private Path previousSite() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("old-policy"));
        Files.writeString(out.resolve("index.html"), "previous");
        Files.writeString(out.resolve("old-policy/index.html"), "previous policy");
        return out;
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> besideTheSite() throws Exception {
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesWrittenOnTheWriterThreadAreAllThereAfterTheSwap() throws Exception {
        Path out = previousSite();
        try (SiteWriter writer = new SiteWriter(out)) {
            for (int i = 0; i < 500; i++) {
                writer.write(file("p" + i + "/r/index.html", "page " + i), "test");
            }
            writer.write(file("index.html", "new"), "test");
            assertEquals("previous", Files.readString(out.resolve("index.html")), "nothing changes before the swap");
            writer.commit();
        }
        assertEquals("new", Files.readString(out.resolve("index.html")));
        for (int i = 0; i < 500; i++) {
            assertEquals("page " + i, Files.readString(out.resolve("p" + i + "/r/index.html")));
        }
        assertFalse(Files.exists(out.resolve("old-policy")), "the replaced site is gone");
        assertEquals(List.of("site"), besideTheSite(), "no staging or old folder is left");
    }

    /**
     * A web server running as another user must be able to read the site: the folder gets what
     * mkdir would give, also when it replaces a private (0700) one written by an earlier version.
     */
    @Test
    void theSiteFolderGetsTheUmasksPermissionsEvenOverAPrivateOne() throws Exception {
        Path out = tmp.resolve("site");
        Set<PosixFilePermission> asMkdir = Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("probe")));
        Files.delete(tmp.resolve("probe"));
        try (SiteWriter writer = new SiteWriter(out)) {
            writer.write(file("index.html", "first"), "test");
            writer.commit();
        }
        assertEquals(asMkdir, Files.getPosixFilePermissions(out));

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwx------"));
        try (SiteWriter writer = new SiteWriter(out)) {
            writer.write(file("index.html", "second"), "test");
            writer.commit();
        }
        assertEquals("second", Files.readString(out.resolve("index.html")));
        assertEquals(asMkdir, Files.getPosixFilePermissions(out));
    }

    @Test
    void foldersLeftByKilledBuildsAreRemovedAndThoseOfRunningBuildsKept() throws Exception {
        Path out = previousSite();
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        for (String name : List.of(".site.building-" + dead + "-123", ".site.old-" + dead + "-456",
                ".site.building-" + running + "-789", ".site.building-1234567", ".other.building-" + dead + "-1")) {
            Files.createDirectories(tmp.resolve(name).resolve("policy"));
            Files.writeString(tmp.resolve(name).resolve("policy/index.html"), "left over");
        }

        try (SiteWriter writer = new SiteWriter(out)) {
            writer.write(file("index.html", "new"), "test");
            writer.commit();
        }

        assertEquals("new", Files.readString(out.resolve("index.html")));
        // a running build's folder, a name from before pids were in it, and another site's are kept
        assertEquals(Stream.of(".other.building-" + dead + "-1", ".site.building-1234567",
                ".site.building-" + running + "-789", "site").sorted().toList(), besideTheSite());
    }

    @Test
    void aFileThatCannotBeWrittenIsAUserErrorAndThePreviousSiteStays() throws Exception {
        Path out = previousSite();
        UserException e = assertThrows(UserException.class, () -> {
            try (SiteWriter writer = new SiteWriter(out)) {
                writer.write(file("a/index.html", "a page"), "test");
                // a folder where a file already is
                writer.write(file("a/index.html/b.html", "cannot be"), "test");
                writer.commit();
            }
        });
        // the reason is the system's words ("Not a directory"), in its language
        assertTrue(e.getMessage().startsWith("cannot write " + out.resolve("a/index.html/b.html") + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals("previous policy", Files.readString(out.resolve("old-policy/index.html")));
        assertEquals(List.of("site"), besideTheSite());
    }

    @Test
    void anAbortedBuildRemovesWhatItWrote() throws Exception {
        Path out = previousSite();
        try (SiteWriter writer = new SiteWriter(out)) {
            for (int i = 0; i < 200; i++) {
                writer.write(file("p" + i + "/index.html", "page " + i), "test");
            }
        }
        assertEquals(List.of("site"), besideTheSite());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
    }
}
