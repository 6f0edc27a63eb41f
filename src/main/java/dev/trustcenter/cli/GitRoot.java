package dev.trustcenter.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the top of the work tree a folder belongs to, for defaults such as {@code templates/}. */
final class GitRoot {

    private GitRoot() {
    }

    /** The nearest folder at or above {@code dir} holding {@code .git}; {@code dir} itself when none does. */
    static Path find(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return dir;
    }
}
