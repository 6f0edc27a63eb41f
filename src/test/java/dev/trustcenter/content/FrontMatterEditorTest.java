package dev.trustcenter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diag.SourceException;
import org.junit.jupiter.api.Test;

class FrontMatterEditorTest {

    private static FrontMatterEditor.Edit set(String text) {
        return FrontMatterEditor.set("content/p.md", text, "last_reviewed", "2025-02-03");
    }

    @Test
    void replacesOnlyTheValueKeepingCommentsOrderAndQuotes() {
        String before = "---\n# reviewed by the board\nowner: Ops   # team\nlast_reviewed: '2024-01-15'  # bump me\n"
                + "title: \"Security 🔒 policy\"\n---\n# Body\n\nlast_reviewed: 2024-01-15 stays in the body.\n";
        FrontMatterEditor.Edit edit = set(before);
        assertEquals(before.replaceFirst("'2024-01-15'", "'2025-02-03'"), edit.text());
        assertEquals(FrontMatterEditor.Kind.REPLACED, edit.kind());
        assertEquals("2024-01-15", edit.previous());
    }

    @Test
    void keepsDoubleQuotesPlainValuesAndNonAsciiBeforeTheKey() {
        String before = "---\ntitle: Sécurité 🔒🔒\nlast_reviewed: \"2024-01-15\"\n---\nx\n";
        assertEquals(before.replace("\"2024-01-15\"", "\"2025-02-03\""), set(before).text());
        String plain = "---\ntitle: 🔒\nlast_reviewed: 2024-01-15\nreview_cycle: annual\n---\nx\n";
        assertEquals(plain.replace("2024-01-15", "2025-02-03"), set(plain).text());
    }

    @Test
    void fillsAnEmptyValue() {
        assertEquals("---\nlast_reviewed: 2025-02-03\ntitle: T\n---\n", set("---\nlast_reviewed:\ntitle: T\n---\n").text());
    }

    @Test
    void addsAMissingKeyAsTheLastLineOfTheFrontMatter() {
        FrontMatterEditor.Edit edit = set("---\ntitle: T\n# end\n---\nBody\n");
        assertEquals("---\ntitle: T\n# end\nlast_reviewed: 2025-02-03\n---\nBody\n", edit.text());
        assertEquals(FrontMatterEditor.Kind.ADDED, edit.kind());
        assertNull(edit.previous());
        assertEquals("---\nlast_reviewed: 2025-02-03\n---\nBody\n", set("---\n---\nBody\n").text());
    }

    @Test
    void createsFrontMatterWhenTheFileHasNone() {
        FrontMatterEditor.Edit edit = set("\uFEFF# Security\r\n\r\nText.\r\n");
        assertEquals("\uFEFF---\r\nlast_reviewed: 2025-02-03\r\n---\r\n# Security\r\n\r\nText.\r\n", edit.text());
        assertEquals(FrontMatterEditor.Kind.CREATED, edit.kind());
    }

    @Test
    void keepsCrlfLineEndings() {
        String before = "---\r\ntitle: T\r\nlast_reviewed: 2024-01-15\r\n---\r\nBody\r\n";
        assertEquals(before.replace("2024-01-15", "2025-02-03"), set(before).text());
        assertEquals("---\r\ntitle: T\r\nlast_reviewed: 2025-02-03\r\n---\r\nBody\r\n",
                set("---\r\ntitle: T\r\n---\r\nBody\r\n").text());
    }

    @Test
    void theSameDateChangesNothing() {
        String before = "---\nlast_reviewed: 2025-02-03\n---\n";
        assertEquals(FrontMatterEditor.Kind.UNCHANGED, set(before).kind());
        assertEquals(before, set(before).text());
    }

    @Test
    void refusesWhatItCannotEditSafely() {
        SourceException flow = assertThrows(SourceException.class, () -> set("---\n{title: T}\n---\n"));
        assertTrue(flow.getMessage().startsWith("content/p.md:2: "), flow.getMessage());
        SourceException list = assertThrows(SourceException.class, () -> set("---\ntitle: T\nlast_reviewed:\n  - 2024-01-01\n---\n"));
        assertTrue(list.getMessage().startsWith("content/p.md:4: last_reviewed must be a date"), list.getMessage());
        SourceException yaml = assertThrows(SourceException.class, () -> set("---\ntitle: [T\n---\n"));
        assertTrue(yaml.getMessage().contains("not valid YAML"), yaml.getMessage());
    }
}
