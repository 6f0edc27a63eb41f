package dev.trustcenter.diff;

import dev.trustcenter.content.FrontMatter;
import dev.trustcenter.content.PolicySource;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import dev.trustcenter.markdown.RenderedBody;
import dev.trustcenter.model.PolicyChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compares each side of each {@link PolicyChange} word by word. Thread-safe. */
public final class RangeDiffer {

    private static final String EMPTY = "";

    private final MarkdownRenderer markdown;

    public RangeDiffer(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public PolicyChangeDiff diff(PolicyChange change) {
        PolicySource shownBefore = PolicyChangeDiff.publishesDraft(change) ? null : change.older();
        PolicyDiff diff = PolicyDiffer.diff(body(shownBefore), body(change.newer()));
        if (change.markedEditorial() && diff.changeType() == ChangeType.MATERIAL) {
            // as the build publishes it: the writer's Change-Type trailer decides
            diff = new PolicyDiff(diff.blocks(), diff.wordsAdded(), diff.wordsRemoved(), diff.wordsMoved(), diff.sections(),
                    ChangeType.EDITORIAL);
        }
        return new PolicyChangeDiff(change, diff, MetadataChange.compare(fields(change.older()), fields(change.newer())));
    }

    public List<PolicyChangeDiff> diff(List<PolicyChange> changes) {
        return changes.stream().map(this::diff).toList();
    }

    /** Links are left as written: the writer reviews the Markdown, not the site. */
    private RenderedBody body(PolicySource source) {
        return markdown.render(source == null ? EMPTY : source.markdown(), LinkResolver.NONE);
    }

    /** The front matter keys trustcenter knows, by the names the writer types. */
    static Map<String, String> fields(PolicySource source) {
        Map<String, String> m = new LinkedHashMap<>();
        if (source == null) {
            return m;
        }
        FrontMatter fm = source.frontMatter();
        m.put("title", fm.title());
        m.put("summary", fm.summary());
        m.put("owner", fm.owner());
        m.put("category", fm.category());
        m.put("last_reviewed", fm.lastReviewed() == null ? null : fm.lastReviewed().toString());
        m.put("review_cycle", fm.reviewCycle() == null ? null : fm.reviewCycle().name());
        m.put("next_review", fm.nextReview() == null ? null : fm.nextReview().toString());
        m.put("status", fm.status().id());
        m.put("approved_by", fm.approvedBy());
        m.put("effective", fm.effective() == null ? null : fm.effective().toString());
        return m;
    }
}
