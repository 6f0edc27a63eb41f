package dev.trustcenter.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small mutable model of a policy body for property tests: headings, paragraphs, nested lists,
 * tables and block quotes made of words, which edits change and {@link #markdown()} writes out.
 */
final class MarkdownModel {

    sealed interface Part permits Heading, Paragraph, Bullets, Table, Quote {
        Part copy();

        void texts(Consumer<List<String>> sink);
    }

    record Heading(int level, List<String> words) implements Part {
        public Part copy() {
            return new Heading(level, new ArrayList<>(words));
        }

        public void texts(Consumer<List<String>> sink) {
            sink.accept(words);
        }
    }

    record Paragraph(List<String> words) implements Part {
        public Part copy() {
            return new Paragraph(new ArrayList<>(words));
        }

        public void texts(Consumer<List<String>> sink) {
            sink.accept(words);
        }
    }

    record Item(List<String> words, List<Item> children) {
        Item copy() {
            return new Item(new ArrayList<>(words), new ArrayList<>(children.stream().map(Item::copy).toList()));
        }

        void texts(Consumer<List<String>> sink) {
            sink.accept(words);
            children.forEach(c -> c.texts(sink));
        }
    }

    record Bullets(boolean ordered, List<Item> items) implements Part {
        public Part copy() {
            return new Bullets(ordered, new ArrayList<>(items.stream().map(Item::copy).toList()));
        }

        public void texts(Consumer<List<String>> sink) {
            items.forEach(i -> i.texts(sink));
        }
    }

    /** The first row is the header; every row has the same number of cells. */
    record Table(List<List<List<String>>> rows) implements Part {
        public Part copy() {
            List<List<List<String>>> copy = new ArrayList<>();
            for (List<List<String>> row : rows) {
                copy.add(new ArrayList<>(row.stream().map(c -> (List<String>) new ArrayList<>(c)).toList()));
            }
            return new Table(copy);
        }

        public void texts(Consumer<List<String>> sink) {
            rows.forEach(row -> row.forEach(sink));
        }
    }

    record Quote(List<String> words) implements Part {
        public Part copy() {
            return new Quote(new ArrayList<>(words));
        }

        public void texts(Consumer<List<String>> sink) {
            sink.accept(words);
        }
    }

    final List<Part> parts;

    MarkdownModel(List<Part> parts) {
        this.parts = new ArrayList<>(parts.stream().map(Part::copy).toList());
    }

    MarkdownModel copy() {
        return new MarkdownModel(parts);
    }

    /** Every editable word list, in document order. */
    List<List<String>> texts() {
        List<List<String>> texts = new ArrayList<>();
        parts.forEach(p -> p.texts(texts::add));
        return texts;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            write(part, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void write(Part part, StringBuilder out) {
        if (part instanceof Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(String.join(" ", h.words())).append('\n');
        } else if (part instanceof Paragraph p) {
            out.append(wrapped(p.words())).append('\n');
        } else if (part instanceof Bullets b) {
            for (int i = 0; i < b.items().size(); i++) {
                item(b.items().get(i), "", b.ordered() ? (i + 1) + ". " : "- ", out);
            }
        } else if (part instanceof Table t) {
            for (int r = 0; r < t.rows().size(); r++) {
                out.append('|');
                t.rows().get(r).forEach(cell -> out.append(' ').append(String.join(" ", cell)).append(" |"));
                out.append('\n');
                if (r == 0) {
                    out.append("|---".repeat(t.rows().get(0).size())).append("|\n");
                }
            }
        } else if (part instanceof Quote q) {
            out.append("> ").append(String.join(" ", q.words())).append('\n');
        }
    }

    private static void item(Item item, String indent, String marker, StringBuilder out) {
        out.append(indent).append(marker).append(String.join(" ", item.words())).append('\n');
        for (Item child : item.children()) {
            item(child, indent + " ".repeat(marker.length()), "- ", out);
        }
    }

    /** Soft line breaks every seven words, as people wrap paragraphs. */
    private static String wrapped(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : i % 7 == 0 ? "\n" : " ").append(words.get(i));
        }
        return out.toString();
    }
}
