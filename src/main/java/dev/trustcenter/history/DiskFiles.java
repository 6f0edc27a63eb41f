package dev.trustcenter.history;

import dev.trustcenter.diag.UserException;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the files under the content folder as they are on disk, inside or outside git. */
final class DiskFiles {

    private DiskFiles() {
    }

    /** Every file under {@code base/root}, except anything inside a {@code .git} folder. */
    static WorkingTree plain(Path base, String root) {
        Path contentDir = contentDir(base, root);
        try (Stream<Path> paths = Files.walk(contentDir)) {
            List<String> contentPaths = paths.filter(Files::isRegularFile)
                    .map(p -> contentDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.matches("(.*/)?\\.git/.*"))
                    .toList();
            return working(contentPaths, contentDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + contentDir, e);
        }
    }

    /** Files on disk under the content folder that git does not ignore (tracked files always count). */
    static WorkingTree git(Repository repo, String root) {
        if (repo.isBare()) {
            throw new UserException("the repository at " + repo.getDirectory() + " is bare: it has no working tree to check");
        }
        Path contentDir = contentDir(repo.getWorkTree().toPath(), root);
        List<String> contentPaths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            int index = walk.addTree(new DirCacheIterator(repo.readDirCache()));
            int disk = walk.addTree(new FileTreeIterator(repo));
            if (!root.isEmpty()) {
                walk.setFilter(PathFilter.create(root));
            }
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(disk, WorkingTreeIterator.class);
                boolean inIndex = walk.getTree(index, DirCacheIterator.class) != null;
                if (file == null || (!inIndex && file.isEntryIgnored())) {
                    continue;
                }
                if (walk.isSubtree()) {
                    walk.enterSubtree();
                } else if (walk.getFileMode(disk) != FileMode.GITLINK && ContentPaths.isUnder(root, walk.getPathString())) {
                    contentPaths.add(ContentPaths.toContent(root, walk.getPathString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the working tree of " + repo.getWorkTree(), e);
        }
        return working(contentPaths, contentDir);
    }

    private static Path contentDir(Path base, String root) {
        Path dir = base.resolve(root);
        if (!Files.isDirectory(dir)) {
            throw new UserException("content folder '" + ContentPaths.describe(root) + "' not found in " + base);
        }
        return dir;
    }

    /**
     * The file on disk. Java decodes file names with the locale's encoding, fixed at start-up: under
     * {@code LANG=C} a name such as {@code Datenschutzerklärung.md} cannot be read back.
     */
    private static Path resolve(Path contentDir, String contentPath) {
        try {
            return contentDir.resolve(contentPath);
        } catch (InvalidPathException e) {
            throw new UserException(contentDir.normalize().getFileName() + "/" + contentPath
                    + ": the file name cannot be read in this locale's file-name encoding ("
                    + System.getProperty("sun.jnu.encoding") + "); run trustcenter with a UTF-8 locale, e.g. LANG=C.UTF-8", e);
        }
    }

    private static WorkingTree working(List<String> contentPaths, Path contentDir) {
        Map<String, Path> byId = new LinkedHashMap<>();
        List<SnapshotFile> files = new ArrayList<>();
        for (String contentPath : contentPaths) {
            String id = FileBlobSource.idFor(contentPath);
            byId.put(id, resolve(contentDir, contentPath));
            files.add(new SnapshotFile(contentPath, id));
        }
        files.sort(Comparator.comparing(SnapshotFile::contentPath));
        return new WorkingTree(files, new FileBlobSource(byId));
    }
}
