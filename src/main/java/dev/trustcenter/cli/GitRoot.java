package dev.trustcenter.cli;

import dev.trustcenter.diag.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the top of the work tree a folder belongs to, for defaults such as {@code templates/}. */
final class GitRoot {

    private GitRoot() {
    }

    /** The nearest folder at or above {@code dir} holding {@code .git}; {@code dir} itself when none does. */
    static Path find(Path dir) {
        Path top = top(dir);
        return top != null ? top : dir;
    }

    /** The nearest folder at or above {@code dir} holding {@code .git}; null outside git. */
    static Path top(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return null;
    }

    /**
     * The folder {@code --repo} names, else the current directory; else, when {@code --content} is
     * an absolute path, that folder, so the repository around it is found from anywhere.
     */
    static Path repoDir(Path repo, String content) {
        Path dir = repo != null ? repo : isAbsolute(content) ? Path.of(content) : Path.of("");
        return dir.toAbsolutePath().normalize();
    }

    /**
     * {@code --content} relative to the top of the work tree around {@code repoDir}: as given when it
     * is relative (the documented form), made relative when it is an absolute path inside it.
     */
    static String contentPath(Path repoDir, String content) {
        if (!isAbsolute(content)) {
            return content;
        }
        Path root = real(find(repoDir));
        Path folder = real(Path.of(content));
        if (!folder.startsWith(root)) {
            throw new UserException("content folder '" + content + "' is not inside the repository at " + root
                    + "; give --repo that folder's repository, or --content relative to the repository's top folder");
        }
        String relative = root.relativize(folder).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    private static boolean isAbsolute(String content) {
        return content != null && Path.of(content).isAbsolute();
    }

    /** Symbolic links resolved where the path exists, so /tmp and its target compare equal. */
    private static Path real(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
