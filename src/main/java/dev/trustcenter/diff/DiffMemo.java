package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * Comparisons of block pairs, made once and reused by every diff of one policy. A site compares the
 * current text with every review, so the same older block meets the same newer one in many diffs;
 * each pair is compared, and its marked HTML written, once. Blocks are found by identity, so the
 * versions given should share their equal blocks, as a site's versions of a policy do; others are
 * compared again. Not thread-safe: one per policy and thread.
 */
public final class DiffMemo {

    /**
     * Equal by identity: a policy's versions share their equal blocks (see {@code PolicyPages}), so
     * identity finds the same pairs as value equality would, without comparing texts.
     */
    private record Pair(Block older, Block newer) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pair p && p.older == older && p.newer == newer;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(older) + System.identityHashCode(newer);
        }
    }

    private final Map<Pair, PolicyDiffer.Words> words = new HashMap<>();
    private final Map<Pair, ChangedHtml> html = new HashMap<>();
    private final Map<Pair, ChangedHtml> movedPlaces = new HashMap<>();
    private final Map<Block, byte[]> inlineEqual = new IdentityHashMap<>();
    private final Map<Pair, byte[]> sideBySideEqual = new HashMap<>();
    /** Most unchanged pairs are one shared block (see {@code PolicyPages}), found without a Pair. */
    private final Map<Block, byte[]> sideBySideSame = new IdentityHashMap<>();
    private final Map<Pair, byte[]> inlineChanged = new HashMap<>();
    private final Map<Pair, byte[]> sideBySideChanged = new HashMap<>();
    private final Map<Pair, Row> inlineRows = new HashMap<>();
    private final Map<Block, Integer> keys = new IdentityHashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    /** By identity: a block's parsed root and cells are shared by every diff that has the block. */
    private final Map<Element, List<HtmlToken>> tokens = new IdentityHashMap<>();
    private final Map<Block, BlockAlignment.Shape> shapes = new IdentityHashMap<>();
    private final Map<Block, RunText.Forms> texts = new IdentityHashMap<>();
    private final Map<Block, List<LinkTarget>> links = new IdentityHashMap<>();

    /** Each diff's moves, found by the differ and kept for its views. */
    private final Map<PolicyDiff, Moves> moves = new IdentityHashMap<>();

    void keepMoves(PolicyDiff diff, Moves found) {
        moves.put(diff, found);
    }

    /** The moves of {@code diff}: those the differ found with this memo, else found now. */
    Moves moves(PolicyDiff diff) {
        Moves found = moves.get(diff);
        return found != null ? found : Moves.of(diff.blocks(), this);
    }

    PolicyDiffer.Words words(DiffBlock step, Function<DiffBlock, PolicyDiffer.Words> compare) {
        return cached(words, new Pair(step.older(), step.newer()), step, compare);
    }

    ChangedHtml html(DiffBlock step) {
        Pair pair = new Pair(step.older(), step.newer());
        ChangedHtml changed = html.get(pair);
        if (changed == null) {
            changed = ChangedHtml.of(step, this::tokens);
            html.put(pair, changed);
        }
        return changed;
    }

    /**
     * The comparison of a block that moved and was edited with its other place. Apart from
     * {@link #html}: the HTML it keeps is the moved form ({@link DiffHtml#moved}), not a changed block's.
     */
    ChangedHtml movedPlaces(Block deleted, Block inserted) {
        return movedPlaces.computeIfAbsent(new Pair(deleted, inserted),
                k -> ChangedHtml.of(new DiffBlock(DiffBlock.Op.CHANGE, deleted, inserted, List.of()), this::tokens));
    }

    /** The current text's blocks meet a different older version in every review's diff: tokenized once. */
    private List<HtmlToken> tokens(Element element) {
        return tokens.computeIfAbsent(element, e -> Collections.unmodifiableList(HtmlTokenizer.tokens(e)));
    }

    /**
     * A block's alignment key (see {@link BlockAlignment#key}) as a number, the same for the same key:
     * the alignment compares keys many times, and numbers compare without reading the text.
     */
    Integer key(Block block) {
        Integer id = keys.get(block);
        if (id == null) {
            id = keyIds.computeIfAbsent(BlockAlignment.key(block), k -> keyIds.size());
            keys.put(block, id);
        }
        return id;
    }

    BlockAlignment.Shape shape(Block block) {
        return shapes.computeIfAbsent(block, BlockAlignment.Shape::new);
    }

    /** A block's text as the word counts and the change classification read it. */
    RunText.Forms text(Block block) {
        return texts.computeIfAbsent(block, b -> RunText.forms(b.text()));
    }

    /** Where a block's links and images point. */
    List<LinkTarget> links(Block block) {
        return links.computeIfAbsent(block, LinkTarget::of);
    }

    /** The inline HTML of an unchanged block, the same in every diff that shows it; encoded, see {@link Utf8Html}. */
    byte[] inlineEqual(DiffBlock step, Function<DiffBlock, String> write) {
        return encoded(inlineEqual, step.newer(), step, write);
    }

    /** The side-by-side row of an unchanged block pair, the same in every diff that shows it; encoded. */
    byte[] sideBySideEqual(DiffBlock step, Function<DiffBlock, String> write) {
        if (step.older() == step.newer()) {
            return encoded(sideBySideSame, step.newer(), step, write);
        }
        return encoded(sideBySideEqual, new Pair(step.older(), step.newer()), step, write);
    }

    /**
     * The inline HTML of a changed, inserted or deleted block after its change number and navigation,
     * which are all that differ between the diffs that show it; encoded.
     */
    byte[] inlineChanged(DiffBlock step, Supplier<String> write) {
        return encoded(inlineChanged, new Pair(step.older(), step.newer()), write, Supplier::get);
    }

    /**
     * A changed, inserted or deleted table row as the inline view writes it, but for its attributes
     * and navigation, which are all that differ between the diffs that show it.
     *
     * @param firstCellTag see {@link BlockContent.RowParts}
     * @param rest         the rest of the row, its {@code <details>} open; encoded
     */
    record Row(String firstCellTag, byte[] rest) {

        /** The whole row, as {@link BlockContent.RowParts#tr} writes it: the rest copied as it is encoded. */
        void appendTo(Utf8Html.Builder out, String attributes, String nav) {
            out.append("<tr").append(attributes).append('>');
            if (firstCellTag != null) {
                out.append(firstCellTag).append(nav);
            }
            out.appendEncoded(rest);
        }
    }

    Row inlineRow(DiffBlock step, Supplier<BlockContent.RowParts> write) {
        return cached(inlineRows, new Pair(step.older(), step.newer()), write, DiffMemo::row);
    }

    private static Row row(Supplier<BlockContent.RowParts> write) {
        BlockContent.RowParts parts = write.get();
        // the start tag of a cell holds no <details>: opening them in the rest opens them all
        return new Row(parts.firstCellTag(), Utf8Html.encode(DiffMarkup.openDetails(parts.rest())));
    }

    /** As {@link #inlineChanged}, the two columns of a side-by-side row. */
    byte[] sideBySideChanged(DiffBlock step, Supplier<String> write) {
        return encoded(sideBySideChanged, new Pair(step.older(), step.newer()), write, Supplier::get);
    }

    /**
     * The bytes cached under {@code key}, else {@code write} applied to {@code from}, encoded and
     * cached. Looked up without a lambda that captures: this runs for every block of every diff,
     * and in C1-compiled code each capturing lambda is an allocation through a method handle.
     */
    private static <K, T> byte[] encoded(Map<K, byte[]> cache, K key, T from, Function<T, String> write) {
        byte[] bytes = cache.get(key);
        if (bytes == null) {
            bytes = Utf8Html.encode(write.apply(from));
            cache.put(key, bytes);
        }
        return bytes;
    }

    /** As {@link #encoded}, for a value kept as it is made. */
    private static <K, T, V> V cached(Map<K, V> cache, K key, T from, Function<T, V> make) {
        V value = cache.get(key);
        if (value == null) {
            value = make.apply(from);
            cache.put(key, value);
        }
        return value;
    }

    /** How many distinct changed pairs have been compared. */
    int pairs() {
        return words.size();
    }
}
