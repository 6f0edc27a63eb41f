package dev.trustcenter.diff.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diff.PolicyDiff;
import dev.trustcenter.diff.PolicyDiffer;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text and Markdown formats say where a moved block went, as the site's diff pages do. */
class MovedBlocksFormatTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    private static final String ACCESS = "## Access\n\nStaff sign in with single sign-on and a hardware key.\n\n";
    private static final String BACKUPS = "## Backups\n\nBackups run every night and are restored every quarter.\n\n";
    private static final String NOTICE = "## Notice\n\nWe tell customers within 72 hours of confirming a breach.\n\n";

    private static PolicyDiff diff(String older, String newer) {
        return PolicyDiffer.diff(RENDERER.render(older, LinkResolver.NONE), RENDERER.render(newer, LinkResolver.NONE));
    }

    @Test
    void aSectionMovedUpReadsAsMovedInMarkdown() {
        String md = MarkdownDiffFormat.render(diff(ACCESS + BACKUPS + NOTICE, NOTICE + ACCESS + BACKUPS));
        assertTrue(md.contains("- **Moved here from below:** We tell customers within 72 hours"), md);
        assertTrue(md.contains("- **Moved above “Access”:** <del>We tell customers within 72 hours"), md);
        assertFalse(md.contains("**Added:**") || md.contains("**Removed:**"), md);
    }

    @Test
    void aMoveThatWasAlsoEditedSaysSoInMarkdownAndText() {
        String notice = NOTICE.replace("within 72 hours", "within 48 hours");
        PolicyDiff d = diff(ACCESS + BACKUPS + NOTICE, notice + ACCESS + BACKUPS);
        String md = MarkdownDiffFormat.render(d);
        // the new place shows what the move changed, word by word; the old place reads as it was
        assertTrue(md.contains("- **Moved here from below, edited:** We tell customers within <del>72</del><ins>48</ins> hours"), md);
        assertTrue(md.contains("- **Moved above “Access”, edited:** <del>We tell customers within 72 hours"), md);
        String text = TextDiffFormat.render(d, false);
        assertTrue(text.contains("+ We tell customers within [-72-]{+48+} hours of confirming a breach.  (moved here from below, edited)"), text);
        assertTrue(text.contains("- We tell customers within 72 hours of confirming a breach.  (moved above “Access”, edited)"), text);
    }

    @Test
    void aMoveWithoutEditsShowsNoWordMarks() {
        String md = MarkdownDiffFormat.render(diff(ACCESS + BACKUPS + NOTICE, NOTICE + ACCESS + BACKUPS));
        assertFalse(md.contains("<ins>"), md);
        assertFalse(TextDiffFormat.render(diff(ACCESS + BACKUPS + NOTICE, NOTICE + ACCESS + BACKUPS), false).contains("{+"));
    }

    @Test
    void aParagraphMovedToAnotherSectionNamesItInText() {
        String older = ACCESS + "Visitors are escorted at all times.\n\n" + BACKUPS;
        String newer = ACCESS + BACKUPS + "Visitors are escorted at all times.\n\n";
        List<String> lines = List.of(TextDiffFormat.render(diff(older, newer), false).split("\n"));
        assertTrue(lines.contains("- Visitors are escorted at all times.  (moved to “Backups”)"), lines.toString());
        assertTrue(lines.contains("+ Visitors are escorted at all times.  (moved here from “Access”)"), lines.toString());
    }

    @Test
    void aParagraphMovedWithinItsSectionNamesTheTextItNowFollows() {
        String first = "Engineers get read access after training and manager approval.\n\n";
        String middle = "Access is reviewed every quarter by the security team.\n\n";
        String last = "Passwords are at least fourteen characters long and kept in the password manager.\n\n";
        PolicyDiff down = diff("## Access\n\n" + first + middle + last, "## Access\n\n" + middle + last + first);
        // a comment lists changes only: "moved below" alone would not say below what
        assertTrue(MarkdownDiffFormat.render(down).contains(
                "- **Moved below “Passwords are at least fourteen characters long and…”:** <del>Engineers get"), MarkdownDiffFormat.render(down));
        PolicyDiff up = diff("## Access\n\n" + first + middle + last, "## Access\n\n" + last + first + middle);
        assertTrue(TextDiffFormat.render(up, false).contains(
                "- Passwords are at least fourteen characters long and kept in the password manager.  (moved above “Engineers get read access after training and manager…”)"),
                TextDiffFormat.render(up, false));
    }

    @Test
    void anInsertedRuleSaysWhatItIs() {
        PolicyDiff d = diff(ACCESS + BACKUPS, ACCESS + "---\n\n" + BACKUPS);
        String md = MarkdownDiffFormat.render(d);
        assertTrue(md.contains("- **Added:** _(a horizontal rule)_"), md);
        assertTrue(TextDiffFormat.render(d, false).contains("+ (a horizontal rule)"), TextDiffFormat.render(d, false));
    }

    @Test
    void anEditedParagraphIsNotAMove() {
        String md = MarkdownDiffFormat.render(diff(ACCESS, ACCESS.replace("hardware key", "passkey")));
        assertEquals(1, md.split("\\*\\*Changed:\\*\\*", -1).length - 1, md);
        assertFalse(md.contains("Moved"), md);
    }
}
