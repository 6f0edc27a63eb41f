package dev.trustcenter.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Git's folder for a work tree: {@code .git}, or where a {@code .git} file points (linked work trees). */
final class GitDir {

    private GitDir() {
    }

    /** Null when {@code root} is not the top of a work tree. */
    static Path of(Path root) {
        Path dotGit = root.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        try {
            if (Files.isRegularFile(dotGit)) {
                String line = Files.readString(dotGit).trim();
                if (line.startsWith("gitdir:")) {
                    return root.resolve(line.substring("gitdir:".length()).trim()).normalize();
                }
            }
        } catch (IOException e) {
            // not a work tree we can watch: commits are then noticed at the next file change
        }
        return null;
    }
}
