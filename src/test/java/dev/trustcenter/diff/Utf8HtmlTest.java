package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8HtmlTest {

    @Test
    void textAndSharedPiecesJoinInOrder() {
        byte[] shared = Utf8Html.encode("<p>Caf\u00e9 \ud83d\ude00</p>");

        Utf8Html html = new Utf8Html.Builder().append("<div class=\"").append("x").append('"').append('>')
                .appendEncoded(shared).append("<p>\u2192</p>").appendEncoded(shared).append("</div>").build();

        String expected = "<div class=\"x\"><p>Caf\u00e9 \ud83d\ude00</p><p>\u2192</p><p>Caf\u00e9 \ud83d\ude00</p></div>";
        assertEquals(expected, html.toString());
        assertEquals(expected.getBytes(StandardCharsets.UTF_8).length, html.length());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        html.forEachPiece(written::writeBytes);
        assertEquals(expected, written.toString(StandardCharsets.UTF_8));
    }

    @Test
    void equalityIsByContentWhateverThePieces() {
        Utf8Html whole = Utf8Html.of("<p>a</p><p>b</p>");
        Utf8Html pieced = new Utf8Html.Builder().append("<p>a</p>").appendEncoded(Utf8Html.encode("<p>b</p>")).build();

        assertEquals(whole, pieced);
        assertEquals(whole.hashCode(), pieced.hashCode());
        assertNotEquals(whole, Utf8Html.of("<p>a</p>"));
        assertEquals("", Utf8Html.of("").toString());
    }
}
