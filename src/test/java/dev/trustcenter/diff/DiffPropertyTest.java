package dev.trustcenter.diff;

import static dev.trustcenter.diff.DiffChecks.assertChangeTypeFollowsTheHtml;
import static dev.trustcenter.diff.DiffChecks.assertReconstructs;
import static dev.trustcenter.diff.DiffChecks.assertWordCountsAddUp;
import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diff.MarkdownModel.Bullets;
import dev.trustcenter.diff.MarkdownModel.Heading;
import dev.trustcenter.diff.MarkdownModel.Item;
import dev.trustcenter.diff.MarkdownModel.Paragraph;
import dev.trustcenter.diff.MarkdownModel.Part;
import dev.trustcenter.diff.MarkdownModel.Quote;
import dev.trustcenter.diff.MarkdownModel.Table;
import dev.trustcenter.markdown.RenderedBody;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The reconstruction property over generated bodies and edit sequences. A failing example that
 * jqwik reports belongs in src/test/resources/diff-regressions/&lt;name&gt;/{old.md,new.md}.
 */
class DiffPropertyTest {

    /** Plain words plus the inline Markdown and HTML that make the diff's life hard. */
    private static final List<String> WORDS = List.of("access", "must", "shall", "not", "staff", "data", "review",
            "annual", "the", "a", "of", "12", "2024", "ISO", "27001", "e.g.", "don't", "&", "(see", "below).",
            "\"quoted\"", "naïve", "Übersicht", "—", "**bold**", "_em_", "`code`", "[link](x.md)", "~~old~~",
            "<abbr title=\"t\">SOC</abbr>", "<b>raw</b>", "https://example.com", "a\\*b", "&amp;", "<br>",
            "![img](i.png)", "#", "-", "1.", ">", "*", "<script>x</script>", "<tag>", "x,y", "...", "§4.2");

    enum EditOp { REPLACE_WORD, INSERT_WORD, DELETE_WORD, INSERT_PART, DELETE_PART, MOVE_PART, MOVE_EDITED_PART, INSERT_ROW,
        DELETE_ROW, INSERT_ITEM, DELETE_ITEM }

    record Edit(EditOp op, int a, int b, String word, Part part) {
        void apply(MarkdownModel doc) {
            List<List<String>> texts = doc.texts();
            List<Part> parts = doc.parts;
            switch (op) {
                case REPLACE_WORD, INSERT_WORD, DELETE_WORD -> {
                    if (texts.isEmpty()) {
                        return;
                    }
                    List<String> text = texts.get(a % texts.size());
                    int at = b % (text.size() + (op == EditOp.INSERT_WORD ? 1 : 0));
                    switch (op) {
                        case REPLACE_WORD -> text.set(at, word);
                        case INSERT_WORD -> text.add(at, word);
                        default -> {
                            if (text.size() > 1) {
                                text.remove(at);
                            }
                        }
                    }
                }
                case INSERT_PART -> parts.add(a % (parts.size() + 1), part.copy());
                case DELETE_PART -> {
                    if (!parts.isEmpty()) {
                        parts.remove(a % parts.size());
                    }
                }
                case MOVE_PART -> {
                    if (!parts.isEmpty()) {
                        Part moved = parts.remove(a % parts.size());
                        parts.add(b % (parts.size() + 1), moved);
                    }
                }
                case MOVE_EDITED_PART -> {
                    if (!parts.isEmpty()) {
                        Part moved = parts.remove(a % parts.size());
                        List<List<String>> own = new ArrayList<>();
                        moved.texts(own::add);
                        if (!own.isEmpty()) {
                            List<String> text = own.get(b % own.size());
                            text.set((b / 7) % text.size(), word);
                        }
                        parts.add((a + b) % (parts.size() + 1), moved);
                    }
                }
                case INSERT_ROW, DELETE_ROW -> rows(parts);
                case INSERT_ITEM, DELETE_ITEM -> items(parts);
            }
        }

        private void rows(List<Part> parts) {
            List<Table> tables = parts.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
            if (tables.isEmpty()) {
                return;
            }
            List<List<List<String>>> rows = tables.get(a % tables.size()).rows();
            if (op == EditOp.DELETE_ROW && rows.size() > 1) {
                rows.remove(1 + b % (rows.size() - 1));
            } else if (op == EditOp.INSERT_ROW) {
                List<List<String>> row = new ArrayList<>();
                rows.get(0).forEach(cell -> row.add(new ArrayList<>(List.of(word))));
                rows.add(1 + b % rows.size(), row);
            }
        }

        private void items(List<Part> parts) {
            List<Item> lists = new ArrayList<>();
            parts.stream().filter(Bullets.class::isInstance).forEach(p -> collect(((Bullets) p).items(), lists));
            if (lists.isEmpty()) {
                return;
            }
            Item parent = lists.get(a % lists.size());
            if (op == EditOp.DELETE_ITEM && !parent.children().isEmpty()) {
                parent.children().remove(b % parent.children().size());
            } else if (op == EditOp.INSERT_ITEM) {
                parent.children().add(b % (parent.children().size() + 1), new Item(new ArrayList<>(List.of(word)), new ArrayList<>()));
            }
        }

        private static void collect(List<Item> items, List<Item> out) {
            for (Item item : items) {
                out.add(item);
                collect(item.children(), out);
            }
        }
    }

    @Property(tries = 4000)
    void inlineAndSideBySideViewsReconstructBothVersions(@ForAll("bodies") MarkdownModel older,
                                                         @ForAll("edits") List<Edit> edits) {
        Edited v = Edited.reconstructed(older, edits);
        assertWordCountsAddUp(v.older(), v.newer(), v.diff(), v.context());
        assertChangeTypeFollowsTheHtml(v.older(), v.newer(), v.diff(), v.context());
    }

    /** A generated body and its edited copy, rendered and compared, once the reconstruction property held. */
    private record Edited(RenderedBody older, RenderedBody newer, PolicyDiff diff, String context) {
        static Edited reconstructed(MarkdownModel older, List<Edit> edits) {
            MarkdownModel newer = older.copy();
            edits.forEach(e -> e.apply(newer));
            RenderedBody a = render(older.markdown());
            RenderedBody b = render(newer.markdown());
            String context = "--- old.md\n" + older.markdown() + "--- new.md\n" + newer.markdown();
            assertReconstructs(a, b, context);
            return new Edited(a, b, PolicyDiffer.diff(a, b), context);
        }
    }

    /** Moves with a few words edited on the way, which the views mark in both places (see {@link Moves}). */
    @Property(tries = 1000)
    void aPartMovedAndEditedReconstructsBothVersions(@ForAll("bodies") MarkdownModel older,
                                                     @ForAll("moveAndEdit") List<Edit> edits) {
        Edited v = Edited.reconstructed(older, edits);
        for (String fragment : List.of(DiffHtml.inline(v.diff()), DiffHtml.sideBySide(v.diff()))) {
            org.jsoup.select.Elements marks = org.jsoup.Jsoup.parse(fragment).select("mark.diff-move-edit");
            assertTrue(marks.stream().allMatch(m -> m.closest("ins, del") != null), "marks sit in a moved block\n" + v.context() + fragment);
            Statistics.label("moved and edited").collect(!marks.isEmpty());
        }
    }

    @Provide
    Arbitrary<List<Edit>> moveAndEdit() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(index, index, word(), part()).as((a, b, w, p) -> new Edit(EditOp.MOVE_EDITED_PART, a, b, w, p))
                .list().ofMinSize(1).ofMaxSize(2);
    }

    @Property(tries = 100)
    void aBodyComparedWithItselfHasNoChanges(@ForAll("bodies") MarkdownModel body) {
        PolicyDiff diff = PolicyDiffer.diff(render(body.markdown()), render(body.markdown()));
        assertFalse(diff.hasChanges());
        assertEquals(ChangeType.NONE, diff.changeType());
    }


    @Provide
    Arbitrary<MarkdownModel> bodies() {
        return part().list().ofMaxSize(8).map(MarkdownModel::new);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(Arbitraries.of(EditOp.class), index, index, word(), part())
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }

    private static Arbitrary<String> word() {
        return Arbitraries.of(WORDS);
    }

    private static Arbitrary<List<String>> words(int max) {
        return word().list().ofMinSize(1).ofMaxSize(max).map(ArrayList::new);
    }

    private static Arbitrary<Part> part() {
        Arbitrary<Part> heading = Combinators.combine(Arbitraries.integers().between(1, 3), words(4)).as(Heading::new);
        Arbitrary<Part> paragraph = words(25).map(Paragraph::new);
        Arbitrary<Part> bullets = Combinators.combine(Arbitraries.of(true, false), item(0).list().ofMinSize(1).ofMaxSize(4))
                .as((ordered, items) -> new Bullets(ordered, new ArrayList<>(items)));
        Arbitrary<Part> table = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 4))
                .flatAs((cols, rows) -> words(3).list().ofSize(cols).map(ArrayList::new).list().ofSize(rows + 1)
                        .map(r -> (Part) new Table(new ArrayList<>(r.stream().map(c -> (List<List<String>>) c).toList()))));
        Arbitrary<Part> quote = words(15).map(Quote::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, heading), net.jqwik.api.Tuple.of(4, paragraph), net.jqwik.api.Tuple.of(2, bullets),
                net.jqwik.api.Tuple.of(1, table), net.jqwik.api.Tuple.of(1, quote));
    }

    private static Arbitrary<Item> item(int depth) {
        Arbitrary<List<Item>> children = depth >= 2 ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> item(depth + 1)).list().ofMaxSize(2);
        return Combinators.combine(words(6), children).as((w, c) -> new Item(w, new ArrayList<>(c)));
    }
}
