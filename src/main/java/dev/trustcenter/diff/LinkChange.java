package dev.trustcenter.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A link or image whose words stayed but whose target changed: a word diff cannot show it, and it
 * makes the change material (see {@link PolicyDiffer}).
 *
 * @param text  the link's text or the image's alt text, in the newer version
 * @param older where it pointed
 * @param newer where it points
 */
public record LinkChange(String text, String older, String newer) {

    public static List<LinkChange> of(PolicyDiff diff) {
        return of(diff, new DiffMemo());
    }

    /** The retargeted links and images, in reading order; {@code memo} keeps each block's links. */
    public static List<LinkChange> of(PolicyDiff diff, DiffMemo memo) {
        List<LinkTarget> older = LinkTarget.of(diff.blocks(), DiffBlock::older, memo);
        List<LinkTarget> newer = LinkTarget.of(diff.blocks(), DiffBlock::newer, memo);
        if (older.equals(newer)) {
            return List.of();
        }
        List<LinkChange> changes = new ArrayList<>();
        for (AbstractDelta<LinkTarget> delta : DiffUtils.diff(older, newer).getDeltas()) {
            if (delta.getType() != DeltaType.CHANGE) {
                continue; // a link added or removed with its words shows in the text
            }
            // each newer link with the first older one of the same words not taken yet
            List<LinkTarget> was = new ArrayList<>(delta.getSource().getLines());
            for (LinkTarget b : delta.getTarget().getLines()) {
                for (int i = 0; i < was.size(); i++) {
                    LinkTarget a = was.get(i);
                    if (a.text().equalsIgnoreCase(b.text())) {
                        if (!a.target().equals(b.target())) {
                            changes.add(new LinkChange(b.text(), a.target(), b.target()));
                        }
                        was.remove(i);
                        break;
                    }
                }
            }
        }
        return List.copyOf(changes);
    }

    /** The link's text, or "(no text)" for an image without alt text. */
    public String shownText() {
        return text.isEmpty() ? "(no text)" : text;
    }
}
