package dev.trustcenter.history;

import org.eclipse.jgit.lib.Repository;

import dev.trustcenter.history.RawRevision.ChangeKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point: reads a content folder's history from git, or its files from disk.
 *
 * <p>Outside git, {@link #read} returns {@link RepositoryHistory.Mode#PLAIN_FOLDER}: each tracked
 * file is a lineage of one {@link ChangeKind#ADDED} revision whose {@code commit} is {@code null},
 * read from disk; the caller decides how to warn about it.
 */
public final class HistoryReader {

    private HistoryReader() {
    }

    /**
     * Walks the first-parent history of {@code request.ref()} once, following renames.
     *
     * @throws dev.trustcenter.diag.UserException for a shallow or partial clone, an unknown ref,
     *         a repository without commits, or a content folder missing at the ref
     */
    public static RepositoryHistory read(HistoryRequest request) {
        Optional<Repository> repo = GitRepositories.open(request.repoDir());
        if (repo.isEmpty()) {
            return plainFolder(request);
        }
        return GitHistory.read(repo.get(), request);
    }

    /**
     * The files under the content folder as they are on disk now (git-ignored ones left out; in a
     * plain folder, everything but {@code .git} folders). {@code ref} and {@code tracked} are
     * ignored. Close the result to release the repository.
     */
    public static WorkingTree workingTree(HistoryRequest request) {
        Optional<Repository> repo = GitRepositories.open(request.repoDir());
        if (repo.isEmpty()) {
            return DiskFiles.plain(request.repoDir(), request.contentPath());
        }
        try (Repository r = repo.get()) {
            return DiskFiles.git(r, request.contentPath());
        }
    }

    /**
     * The files a range changes, as a pull request shows them: {@code from..to} compares the merge
     * base of both with {@code to}; with {@code workingTree}, the files on disk with {@code from}.
     *
     * @throws dev.trustcenter.diag.UserException outside git, for an unknown ref or refs without a
     *         common ancestor
     */
    public static TreeComparison compare(ComparisonRequest request) {
        Optional<Repository> repo = GitRepositories.open(request.repoDir());
        if (repo.isEmpty()) {
            throw new dev.trustcenter.diag.UserException("'" + request.repoDir()
                    + "' is not in a git repository: there is no history to compare");
        }
        return GitComparison.compare(repo.get(), request);
    }

    /** The branch pull requests are merged into, as {@code diff} compares with by default. */
    public static final String DEFAULT_BRANCH = "main";

    /**
     * The commits of {@code ref} (null: HEAD) that {@link #DEFAULT_BRANCH} (or {@code origin/main}) does
     * not have yet: a pull request's own commits, at most a thousand. Empty outside git, on the branch
     * itself, or when there is no such branch.
     */
    public static Set<String> unmergedCommits(Path repoDir, String ref) {
        Optional<Repository> repo = GitRepositories.open(repoDir);
        if (repo.isEmpty()) {
            return Set.of();
        }
        try (Repository r = repo.get()) {
            return GitRepositories.unmerged(r, ref == null ? "HEAD" : ref,
                    List.of(DEFAULT_BRANCH, "origin/" + DEFAULT_BRANCH), 1000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + repoDir, e);
        }
    }

    private static RepositoryHistory plainFolder(HistoryRequest request) {
        WorkingTree disk = DiskFiles.plain(request.repoDir(), request.contentPath());
        String root = request.contentPath();
        List<FileLineage> lineages = disk.files().stream()
                .filter(f -> request.tracked().test(f.contentPath()))
                .map(f -> new RawRevision(null, ContentPaths.toRepo(root, f.contentPath()), f.contentPath(), f.blobId(),
                        ChangeKind.ADDED))
                .map(revision -> new FileLineage(List.of(revision), null))
                .toList();
        return new RepositoryHistory(RepositoryHistory.Mode.PLAIN_FOLDER, null, root, lineages,
                disk.files(), List.of(), disk.blobs());
    }
}
