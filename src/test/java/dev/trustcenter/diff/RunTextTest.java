package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RunTextTest {

    /** Spaces of several kinds, a control character trim() drops, words, accents, punctuation. */
    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withChars(' ', '\n', '\t', '\u00a0', '\u0001', 'a', 'B', '7', '\u00e9', '\u0301', '.', '-')
                .ofMaxLength(8).list().ofMaxSize(6);
    }

    @Property(tries = 3000)
    void joiningEachTextsFormsReadsAsTheJoinedText(@ForAll("texts") List<String> texts) {
        RunText run = new RunText();
        StringBuilder joined = new StringBuilder();
        int words = 0;
        for (String text : texts) {
            RunText.Forms forms = RunText.forms(text);
            run.add(forms);
            words += forms.count();
            joined.append(text).append(' ');
        }
        StringBuilder expectedWords = new StringBuilder();
        Tokens.appendWords(joined.toString(), expectedWords);
        assertEquals(Tokens.normalizeSpace(joined.toString()), run.normalized());
        assertEquals(expectedWords.toString(), run.words());
        assertEquals(Tokens.countWords(joined.toString()), words);
    }
}
