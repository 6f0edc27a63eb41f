package dev.trustcenter.site;

import dev.trustcenter.content.PolicyParser;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.content.Slugs;
import dev.trustcenter.diag.Diagnostics;
import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import dev.trustcenter.history.HistoryReader;
import dev.trustcenter.history.HistoryRequest;
import dev.trustcenter.history.RepositoryHistory;
import dev.trustcenter.history.SnapshotFile;
import dev.trustcenter.history.WorkingTree;
import dev.trustcenter.model.Policy;
import dev.trustcenter.model.SiteModel;
import dev.trustcenter.model.SiteModelBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the policy files that differ between the working tree and the built commit. A draft is
 * parsed as strictly as the built commit: its faults are errors the writer can still fix.
 */
final class DraftReader {

    private DraftReader() {
    }

    /**
     * The drafts, and the files a draft may show that the built commit does not have yet (a new
     * image): those are served at their site path, which no published page can link.
     */
    record Result(List<Draft> drafts, List<OutputFile> newAssets) {
    }

    static Result read(BuildOptions options, RepositoryHistory history, SiteModel model, Diagnostics diagnostics) {
        List<String> changed = history.uncommittedPaths().stream().filter(SiteModelBuilder::isPolicyPath).toList();
        List<String> added = history.uncommittedPaths().stream().filter(p -> isNewAsset(p, model)).toList();
        if (history.mode() != RepositoryHistory.Mode.GIT || (changed.isEmpty() && added.isEmpty())) {
            return new Result(List.of(), List.of());
        }
        Map<String, Policy> bySlug = model.policies().stream().collect(Collectors.toMap(Policy::slug, Function.identity()));
        List<Draft> drafts = new ArrayList<>();
        List<OutputFile> assets = new ArrayList<>();
        try (WorkingTree disk = HistoryReader.workingTree(HistoryRequest.of(options.repoDir(), options.contentPath()))) {
            Map<String, String> onDisk = disk.files().stream()
                    .collect(Collectors.toMap(SnapshotFile::contentPath, SnapshotFile::blobId));
            for (String contentPath : changed) {
                String slug = Slugs.fromPath(contentPath);
                String repoPath = history.contentRoot().isEmpty() ? contentPath : history.contentRoot() + "/" + contentPath;
                Policy published = bySlug.get(slug);
                String blobId = onDisk.get(contentPath);
                if (blobId != null) {
                    PolicySource source = PolicyParser.parse(repoPath, text(disk.blobs().read(blobId), repoPath), diagnostics);
                    drafts.add(new Draft(slug, published, contentPath, repoPath, source));
                } else if (published != null && !published.retired() && published.latest().path().equals(repoPath)) {
                    drafts.add(new Draft(slug, published, contentPath, repoPath, null));
                }
            }
            for (String contentPath : added) {
                String blobId = onDisk.get(contentPath);
                if (blobId != null) {
                    assets.add(new OutputFile(contentPath, disk.blobs().read(blobId)));
                }
            }
        }
        return new Result(drafts, assets);
    }

    private static boolean isNewAsset(String contentPath, SiteModel model) {
        return SiteModelBuilder.isAssetPath(contentPath)
                && model.assets().stream().noneMatch(a -> a.contentPath().equals(contentPath));
    }

    private static String text(byte[] bytes, String path) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException(new SourcePosition(path, 1), "the file is not UTF-8 text: save it as UTF-8");
        }
    }
}
