package dev.trustcenter.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words (letter/digit runs), whitespace runs and single punctuation characters,
 * so that concatenating the tokens gives the text back.
 */
final class Tokens {

    /** Character classes of ASCII, the common case, from the general predicates below. */
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (int c = 0; c < 128; c++) {
            ASCII_WORD[c] = anyWordChar(c);
            ASCII_SPACE[c] = anySpace(c);
        }
    }

    private Tokens() {
    }

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = end(text, i);
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** End of the token starting at {@code start}. */
    private static int end(String text, int start) {
        int first = text.codePointAt(start);
        int i = start + Character.charCount(first);
        if (!isWordChar(first) && !isSpace(first)) {
            return i;
        }
        boolean word = isWordChar(first);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (word ? !isWordChar(c) : !isSpace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    static boolean isWordChar(int c) {
        return c < 128 ? ASCII_WORD[c] : anyWordChar(c);
    }

    private static boolean anyWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whitespace including no-break spaces, which jsoup's text() also collapses. */
    static boolean isSpace(int c) {
        return c < 128 ? ASCII_SPACE[c] : anySpace(c);
    }

    private static boolean anySpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isWord(String token) {
        return !token.isEmpty() && isWordChar(token.codePointAt(0));
    }

    static boolean isSpace(String token) {
        return !token.isEmpty() && isSpace(token.codePointAt(0));
    }

    /** Comparison key: every whitespace run is alike, so soft line breaks are not changes. */
    static String key(String token) {
        return isSpace(token) ? " " : token;
    }

    static int countWords(String text) {
        int words = 0;
        for (String token : split(text)) {
            if (isWord(token)) {
                words++;
            }
        }
        return words;
    }

    /** Appends the lower-cased words of {@code text}, each followed by a space: the editorial comparison. */
    static void appendWords(String text, StringBuilder out) {
        for (String token : split(text)) {
            if (isWord(token)) {
                out.append(token.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
    }

    /** Whitespace runs collapsed to one space, trimmed. */
    static String normalizeSpace(String text) {
        return collapseSpace(text).trim();
    }

    /** Whitespace runs collapsed to one space. */
    static String collapseSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String token : split(text)) {
            out.append(isSpace(token) ? " " : token);
        }
        return out.toString();
    }
}
