package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finding, vetting and resolving refs in a repository. */
final class GitRepositories {

    static final String SHALLOW_MESSAGE = "this is a shallow clone: history is incomplete. Run `git fetch --unshallow`,"
            + " or set `fetch-depth: 0` in CI (actions/checkout)";

    static {
        // JGit otherwise blocks ~3 s on its first use per machine measuring the file system's
        // timestamp resolution (cached in ~/.config/jgit/config); a fresh CI runner would pay it on
        // every build. In the background it uses a safe fallback meanwhile.
        FS.FileStoreAttributes.setBackground(true);
    }

    private GitRepositories() {
    }

    /**
     * The repository whose work tree (or git dir) contains {@code dir}, or empty outside git. The
     * environment ({@code GIT_DIR} and friends) is deliberately not read: the folder decides.
     */
    static Optional<Repository> open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserException("folder '" + dir + "' does not exist");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(builder.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the git repository at " + builder.getGitDir(), e);
        }
    }

    /** Refuses clones whose history or blobs are incomplete: the site would silently lose reviews. */
    static void requireComplete(Repository repo) throws IOException {
        if (isShallow(repo)) {
            throw new UserException(SHALLOW_MESSAGE);
        }
        if (repo.getConfig().getString("extensions", null, "partialClone") != null) {
            throw new UserException("this is a partial clone (cloned with --filter): old file versions are missing."
                    + " Clone again without --filter, or remove `filter:` from actions/checkout");
        }
    }

    /** The commit {@code ref} names ({@code null} = HEAD); annotated tags are peeled. */
    static ObjectId resolve(Repository repo, String ref) throws IOException {
        String name = ref == null ? Constants.HEAD : ref;
        ObjectId id;
        try {
            id = repo.resolve(name + "^{commit}");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.IncorrectObjectTypeException
                 | org.eclipse.jgit.errors.AmbiguousObjectException e) {
            throw new UserException("unknown ref '" + name + "': " + e.getMessage(), e);
        }
        if (id != null) {
            return id;
        }
        if (name.equals(Constants.HEAD)) {
            throw new UserException("the repository at " + repo.getDirectory()
                    + " has no commits yet: commit the content folder first");
        }
        throw new UnknownRefException(ref, fetchCommand(repo, ref));
    }

    /**
     * For {@code origin/main} in a single-branch clone. A plain {@code git fetch origin main} would not
     * do: it leaves {@code origin/main} alone when the clone's refspec names one branch only.
     */
    private static String fetchCommand(Repository repo, String ref) throws IOException {
        int slash = ref.indexOf('/');
        if (slash < 0 || !repo.getRemoteNames().contains(ref.substring(0, slash))) {
            return null;
        }
        String remote = ref.substring(0, slash);
        String branch = ref.substring(slash + 1);
        return "git fetch " + (isShallow(repo) ? "--unshallow " : "") + remote + " " + branch
                + ":refs/remotes/" + remote + "/" + branch;
    }

    /** Up to {@code limit} commits of {@code ref} that none of the {@code bases} that exist has. */
    static Set<String> unmerged(Repository repo, String ref, List<String> bases, int limit) throws IOException {
        ObjectId tip = repo.resolve(ref);
        if (tip == null) {
            return Set.of();
        }
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(tip));
            boolean anyBase = false;
            for (String base : bases) {
                ObjectId id = repo.resolve(base);
                if (id != null) {
                    walk.markUninteresting(walk.parseCommit(id));
                    anyBase = true;
                }
            }
            if (!anyBase) {
                return Set.of();
            }
            Set<String> commits = new HashSet<>();
            for (RevCommit c : walk) {
                if (commits.size() == limit) {
                    break;
                }
                commits.add(c.name());
            }
            return commits;
        }
    }

    /** Whether {@code tree} holds the folder {@code path}. */
    static boolean hasFolder(ObjectReader reader, RevTree tree, String path) throws IOException {
        return folder(reader, tree, path) != null;
    }

    /** The tree of the folder {@code path} in {@code tree} ({@code ""}: {@code tree} itself), or null. */
    static ObjectId folder(ObjectReader reader, RevTree tree, String path) throws IOException {
        if (path.isEmpty()) {
            return tree;
        }
        try (TreeWalk folder = TreeWalk.forPath(reader, path, tree)) {
            return folder != null && folder.getFileMode(0) == FileMode.TREE ? folder.getObjectId(0) : null;
        }
    }

    static boolean isShallow(Repository repo) throws IOException {
        return !repo.getObjectDatabase().getShallowCommits().isEmpty();
    }
}
