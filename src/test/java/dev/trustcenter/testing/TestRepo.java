package dev.trustcenter.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throw-away git repository for tests, written as data: files, then commits with fixed people and
 * back-dated times, so commit hashes are the same on every machine.
 *
 * <pre>{@code
 * TestRepo repo = TestRepo.init(tempDir);
 * repo.write("content/security.md", "# Security\n");
 * String first = repo.commit("Add security policy", "2024-03-14T10:00:00Z");
 * }</pre>
 *
 * <p>Isolation from the developer's machine: every commit carries explicit author and committer
 * identities and times (UTC), is unsigned and skips hooks; the repository's own config switches
 * off signing, autocrlf, a global hooks path and a global excludes file. Nothing is read from the
 * clock. Methods throw unchecked exceptions so tests stay short. Not thread-safe.
 */
public final class TestRepo implements AutoCloseable {

    public static final PersonIdent ALICE = new PersonIdent("Alice Author", "alice@example.com");

    private static final Pattern TXTAR_HEADER = Pattern.compile("(?m)^-- (\\S+) --\\R");

    static {
        measureFileStoreOnce();
    }

    private final Git git;
    private final Path dir;
    private PersonIdent author = ALICE;
    private PersonIdent committer = ALICE;

    private TestRepo(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository with {@code main} as its initial branch, in {@code dir} (created if needed). */
    public static TestRepo init(Path dir) {
        try {
            Files.createDirectories(dir);
            Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
            isolate(git.getRepository().getConfig(), dir.resolve(".git"));
            return new TestRepo(git, dir);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot create a test repository in " + dir, e);
        }
    }

    private static void isolate(StoredConfig config, Path gitDir) throws IOException {
        config.setBoolean("commit", null, "gpgSign", false);
        config.setBoolean("tag", null, "gpgSign", false);
        config.setString("core", null, "autocrlf", "false");
        config.setString("core", null, "hooksPath", gitDir.resolve("hooks").toString());
        config.setString("core", null, "excludesFile", gitDir.resolve("no-global-excludes").toString());
        config.save();
    }

    public Path dir() {
        return dir;
    }

    /** Writes a UTF-8 file (parents created); staged by the next {@link #commit}. */
    public TestRepo write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes several files given as {@code -- path --} headers each followed by its content:
     * <pre>{@code
     * repo.files("""
     *         -- content/_index.md --
     *         title: Example
     *         -- content/security.md --
     *         # Security
     *         """);
     * }</pre>
     */
    public TestRepo files(String txtar) {
        Matcher header = TXTAR_HEADER.matcher(txtar);
        String path = null;
        int start = 0;
        while (header.find()) {
            if (path != null) {
                write(path, txtar.substring(start, header.start()));
            }
            path = header.group(1);
            start = header.end();
        }
        if (path == null) {
            throw new IllegalArgumentException("no '-- path --' header in: " + txtar);
        }
        return write(path, txtar.substring(start));
    }

    public TestRepo delete(String path) {
        try {
            Files.delete(dir.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Like {@code git mv} once committed: git records a rename when the content is similar enough. */
    public TestRepo move(String from, String to) {
        try {
            Path target = dir.resolve(to);
            Files.createDirectories(target.getParent());
            Files.move(dir.resolve(from), target);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Author and committer of the following commits. */
    public TestRepo as(String name, String email) {
        author = new PersonIdent(name, email);
        committer = author;
        return this;
    }

    /** Committer only (for example a bot merging pull requests); the author stays. */
    public TestRepo committedBy(String name, String email) {
        committer = new PersonIdent(name, email);
        return this;
    }

    /**
     * Stages everything in the work tree (like {@code git add -A}) and commits it.
     *
     * @param when {@code "2024-03-14T10:00:00Z"}, or a date {@code "2024-03-14"} meaning midnight UTC;
     *             used as both author and committer time
     * @return the full commit hash
     */
    public String commit(String message, String when) {
        try {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            Instant time = parse(when);
            RevCommit commit = git.commit().setMessage(message).setAllowEmpty(true).setSign(false).setNoVerify(true)
                    .setAuthor(new PersonIdent(author, time, ZoneOffset.UTC))
                    .setCommitter(new PersonIdent(committer, time, ZoneOffset.UTC))
                    .call();
            return commit.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException("commit '" + message + "' failed", e);
        }
    }

    /** Creates {@code name} at the current commit without switching to it. */
    public TestRepo branch(String name) {
        try {
            git.branchCreate().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot create branch " + name, e);
        }
    }

    public TestRepo checkout(String name) {
        try {
            git.checkout().setName(name).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot check out " + name, e);
        }
    }

    /**
     * Merges {@code branch} into the current branch with a merge commit even when a fast-forward
     * were possible ({@code git merge --no-ff}).
     *
     * @return the merge commit's full hash
     * @throws IllegalStateException on conflicts
     */
    public String merge(String branch, String message, String when) {
        try {
            ObjectId other = git.getRepository().resolve(branch);
            MergeResult result = git.merge().include(branch, other).setFastForward(FastForwardMode.NO_FF)
                    .setCommit(false).call();
            if (result.getMergeStatus() != MergeResult.MergeStatus.MERGED_NOT_COMMITTED) {
                throw new IllegalStateException("merge of " + branch + " ended " + result.getMergeStatus());
            }
            return commit(message, when); // commits with MERGE_HEAD as second parent
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot merge " + branch, e);
        }
    }

    /** A tag named {@code name} at the current commit (lightweight). */
    public TestRepo tag(String name) {
        try {
            git.tag().setName(name).setAnnotated(false).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot tag " + name, e);
        }
    }

    /** The full hash HEAD points at. */
    public String head() {
        try {
            return git.getRepository().resolve("HEAD").name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Clones this repository into {@code target} keeping only the newest {@code depth} commits, the
     * way CI checks out by default; JGit writes {@code .git/shallow} as git does.
     */
    public TestRepo shallowClone(Path target, int depth) {
        try {
            Git clone = Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(target.toFile())
                    .setDepth(depth).call();
            isolate(clone.getRepository().getConfig(), target.resolve(".git"));
            return new TestRepo(clone, target);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot clone " + dir + " into " + target, e);
        }
    }

    /** Clones only {@code branch} into {@code target}, as {@code git clone --single-branch -b branch} does. */
    public TestRepo singleBranchClone(Path target, String branch) {
        try {
            Git clone = Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(target.toFile())
                    .setBranchesToClone(List.of("refs/heads/" + branch)).setBranch(branch).call();
            isolate(clone.getRepository().getConfig(), target.resolve(".git"));
            return new TestRepo(clone, target);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("cannot clone " + dir + " into " + target, e);
        }
    }

    @Override
    public void close() {
        git.close();
    }

    /**
     * On a machine where JGit has not yet cached it in {@code ~/.config/jgit/config}, the first JGit
     * call measures the file system's timestamp resolution (~3 s) with probe files in the repository's
     * {@code .git}. Done in the background (as the main code asks) that races with {@code @TempDir}
     * clean-up; so measure once, in the foreground, in a folder of our own.
     */
    private static void measureFileStoreOnce() {
        try {
            Path probe = Files.createTempDirectory("testrepo-fs-probe");
            FS.FileStoreAttributes.setBackground(false);
            FS.FileStoreAttributes.get(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant parse(String when) {
        return when.length() == 10 ? LocalDate.parse(when).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(when);
    }
}
