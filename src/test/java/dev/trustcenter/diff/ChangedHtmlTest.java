package dev.trustcenter.diff;

import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangedHtmlTest {

    /** Whether each changed block's parts (one, or a row's cells) need the inline view's parse check. */
    private static List<List<Boolean>> mixesStructure(String older, String newer) {
        PolicyDiff diff = PolicyDiffer.diff(render(older), render(newer));
        return diff.blocks().stream().filter(b -> b.op() == DiffBlock.Op.CHANGE).map(b -> ChangedHtml.of(b, HtmlTokenizer::tokens))
                .map(c -> IntStream.range(0, c.parts().size()).mapToObj(c::mixesStructure).toList())
                .toList();
    }

    @Test
    void textWithInlineFormattingNeedsNoCheck() {
        assertEquals(List.of(List.of(false)), mixesStructure(
                "Keys are **rotated** every [year](https://example.com/keys).\n",
                "Keys are *rotated* every [quarter](https://example.com/keys) by `ops`.\n"));
        assertEquals(List.of(List.of(false, false)), mixesStructure(
                "| Role | Access |\n|---|---|\n| Admin | full |\n",
                "| Role | Access |\n|---|---|\n| Admin | **read** only |\n"));
    }

    @Test
    void blockStructureOrTheTextsOwnMarksAreChecked() {
        assertEquals(List.of(List.of(true)), mixesStructure(
                "- Admins use keys.\n\n  They are issued on the first day.\n",
                "- Admins use passkeys.\n\n  They are issued on the first day.\n"));
        assertEquals(List.of(List.of(true)), mixesStructure(
                "Keys are rotated ~~yearly~~ quarterly.\n",
                "Keys are rotated ~~yearly~~ monthly.\n"));
        // raw HTML around the paragraph: another root, with the paragraph as a nested block
        assertEquals(List.of(List.of(true)), mixesStructure(
                "<div class=\"note\">\n\nKeys are rotated every year by the security team on call.\n\n</div>\n",
                "Keys are rotated every quarter by the security team on call.\n"));
    }
}
