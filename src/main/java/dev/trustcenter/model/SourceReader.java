package dev.trustcenter.model;

import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.history.RepositoryHistory;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Reads and parses each distinct (blob, path) once. Thread-safe. Older revisions are parsed
 * leniently, with warnings naming the commit, because history cannot be fixed any more.
 */
final class SourceReader {

    private final RepositoryHistory history;
    private final Diagnostics diagnostics;
    private final boolean strictBuiltCommit;
    private final Map<String, PolicySource> parsed = new ConcurrentHashMap<>();

    SourceReader(RepositoryHistory history, Diagnostics diagnostics, boolean strictBuiltCommit) {
        this.history = history;
        this.diagnostics = diagnostics;
        this.strictBuiltCommit = strictBuiltCommit;
    }

    String repoPath(String contentPath) {
        return history.contentRoot().isEmpty() ? contentPath : history.contentRoot() + "/" + contentPath;
    }

    PolicySource policy(String blobId, String path, boolean atBuiltCommit, String commitId) {
        return parsed.computeIfAbsent(blobId + "\u0000" + path + "\u0000" + atBuiltCommit, k -> {
            String text = text(blobId, path, atBuiltCommit && strictBuiltCommit);
            if (atBuiltCommit && strictBuiltCommit) {
                return PolicyParser.parse(path, text, diagnostics);
            }
            String suffix = commitId == null ? "" : " (in commit " + commitId.substring(0, Math.min(12, commitId.length()))
                    + "; published as well as it can be read)";
            Consumer<Diagnostic> report =
                    d -> diagnostics.accept(new Diagnostic(d.severity(), d.position(), d.message() + suffix));
            return atBuiltCommit ? PolicyParser.parseLenient(path, text, report)
                    : PolicyParser.parseHistoric(path, text, report);
        });
    }

    /** A finding about history, which cannot be fixed any more: a warning. */
    void warn(SourcePosition at, String message) {
        diagnostics.warn(at, message);
    }

    String text(String blobId, String path, boolean strict) {
        byte[] bytes;
        try {
            bytes = history.blobs().read(blobId);
        } catch (RuntimeException e) {
            if (strict) {
                throw new SourceException(new SourcePosition(path, 0), "cannot be read: " + e.getMessage(), e);
            }
            diagnostics.warn(new SourcePosition(path, 0), "cannot be read in an older revision: " + e.getMessage());
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            if (strict) {
                throw new SourceException(new SourcePosition(path, 1), "the file is not UTF-8 text: save it as UTF-8");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
