package dev.trustcenter.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.trustcenter.diff.DiffBlock.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Token-level comparison shared by the model (plain-text tokens) and the HTML view (tokens that
 * carry their inline formatting), so both mark the same words.
 */
final class WordDiff {

    /** One token of the result: EQUAL carries both versions' token, INSERT only newer, DELETE only older. */
    record Piece<T>(Op op, T older, T newer) {
    }

    private WordDiff() {
    }

    /** Myers diff of the tokens' keys, as EQUAL/DELETE/INSERT pieces; deletions precede insertions. */
    static <T> List<Piece<T>> diff(List<T> older, List<T> newer, Function<T, String> key) {
        List<Piece<T>> pieces = new ArrayList<>(Math.max(older.size(), newer.size()));
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(keys(older, key), keys(newer, key)).getDeltas()) {
            while (i < delta.getSource().getPosition()) {
                pieces.add(new Piece<>(Op.EQUAL, older.get(i++), newer.get(j++)));
            }
            for (int k = 0; k < delta.getSource().size(); k++) {
                pieces.add(new Piece<>(Op.DELETE, older.get(i++), null));
            }
            for (int k = 0; k < delta.getTarget().size(); k++) {
                pieces.add(new Piece<>(Op.INSERT, null, newer.get(j++)));
            }
        }
        while (i < older.size()) {
            pieces.add(new Piece<>(Op.EQUAL, older.get(i++), newer.get(j++)));
        }
        return pieces;
    }

    private static <T> List<String> keys(List<T> tokens, Function<T, String> key) {
        return tokens.stream().map(key).toList();
    }

    /**
     * Easier to read, same reconstruction: a mostly rewritten text becomes one deletion and one
     * insertion, and short stretches of only spaces or punctuation between two changes join them.
     */
    static <T> List<Piece<T>> readable(List<Piece<T>> pieces, Predicate<T> isWord) {
        boolean[] keep = new boolean[pieces.size()];
        if (!isRewritten(pieces, isWord)) {
            markEqualStretches(pieces, isWord, keep);
        }
        return regroup(pieces, keep);
    }

    /**
     * Less than a third of the longer version's words are unchanged, and words went both ways: a
     * short text that only grew ("Our app" → "Our app sends reports") reads best as its insertion.
     */
    private static <T> boolean isRewritten(List<Piece<T>> pieces, Predicate<T> isWord) {
        int equalWords = 0;
        int olderWords = 0;
        int newerWords = 0;
        for (Piece<T> p : pieces) {
            boolean newerWord = p.newer() != null && isWord.test(p.newer());
            equalWords += p.op() == Op.EQUAL && newerWord ? 1 : 0;
            olderWords += p.older() != null && isWord.test(p.older()) ? 1 : 0;
            newerWords += newerWord ? 1 : 0;
        }
        return equalWords * 3 < Math.max(olderWords, newerWords) && equalWords < olderWords && equalWords < newerWords;
    }

    /** Keeps equal stretches, except up to three non-word tokens between two changes ("glue"). */
    private static <T> void markEqualStretches(List<Piece<T>> pieces, Predicate<T> isWord, boolean[] keep) {
        int i = 0;
        while (i < pieces.size()) {
            if (pieces.get(i).op() != Op.EQUAL) {
                i++;
                continue;
            }
            int end = i;
            boolean words = false;
            while (end < pieces.size() && pieces.get(end).op() == Op.EQUAL) {
                words |= isWord.test(pieces.get(end++).newer());
            }
            boolean glue = i > 0 && end < pieces.size() && end - i <= 3 && !words;
            Arrays.fill(keep, i, end, !glue);
            i = end;
        }
    }

    /** Keeps marked pieces as they are; every other stretch becomes its deletions then its insertions. */
    private static <T> List<Piece<T>> regroup(List<Piece<T>> pieces, boolean[] keep) {
        List<Piece<T>> out = new ArrayList<>(pieces.size());
        List<Piece<T>> inserted = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece<T> p = pieces.get(i);
            if (keep[i]) {
                out.addAll(inserted);
                inserted.clear();
                out.add(p);
                continue;
            }
            if (p.older() != null) {
                out.add(new Piece<>(Op.DELETE, p.older(), null));
            }
            if (p.newer() != null) {
                inserted.add(new Piece<>(Op.INSERT, null, p.newer()));
            }
        }
        out.addAll(inserted);
        return out;
    }
}
