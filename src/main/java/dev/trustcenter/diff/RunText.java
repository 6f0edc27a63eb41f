package dev.trustcenter.diff;

import dev.trustcenter.markdown.RenderedBody;

/**
 * Texts joined with spaces, kept as the change classification reads them: whitespace collapsed,
 * and the lower-cased words. Built from each text's {@link Forms}, which a {@link DiffMemo} keeps
 * per block, so a run is not tokenized again in every diff that has it.
 */
final class RunText {

    /** One text's whitespace-collapsed form, its words as {@link Tokens#appendWords} writes them, and their number. */
    record Forms(String collapsed, String words, int count) {
    }

    private final StringBuilder collapsed = new StringBuilder();
    private final StringBuilder words = new StringBuilder();

    static Forms forms(String text) {
        StringBuilder words = new StringBuilder();
        Tokens.appendWords(text, words);
        return new Forms(Tokens.collapseSpace(text), words.toString(), Tokens.countWords(text));
    }

    static RunText of(RenderedBody body, DiffMemo memo) {
        RunText run = new RunText();
        body.blocks().forEach(b -> run.add(memo.text(b)));
        return run;
    }

    /** Appends the text and a space. */
    void add(Forms text) {
        String c = text.collapsed();
        // the joining space and the whitespace either side of it are one run
        int from = endsWithSpace() && c.startsWith(" ") ? 1 : 0;
        collapsed.append(c, from, c.length());
        if (!endsWithSpace()) {
            collapsed.append(' ');
        }
        words.append(text.words());
    }

    private boolean endsWithSpace() {
        return collapsed.length() > 0 && collapsed.charAt(collapsed.length() - 1) == ' ';
    }

    /** {@link Tokens#normalizeSpace} of the joined texts. */
    String normalized() {
        return collapsed.toString().trim();
    }

    String words() {
        return words.toString();
    }

    /** Appends {@link #words} to {@code out} without a copy of them first. */
    void appendWords(StringBuilder out) {
        out.append(words);
    }

    /** No change when only whitespace differs, editorial when the words read the same. */
    ChangeType classify(RunText newer) {
        if (normalized().equals(newer.normalized())) {
            return ChangeType.NONE;
        }
        return words().equals(newer.words()) ? ChangeType.EDITORIAL : ChangeType.MATERIAL;
    }
}
