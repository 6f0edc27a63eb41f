package dev.trustcenter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.markdown.Block;
import dev.trustcenter.markdown.LinkResolver;
import dev.trustcenter.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockDomTest {

    @Test
    void listItemsAreReadAsTheMarkdownPackageWritesThem() {
        List<Block> items = new MarkdownRenderer().render("""
                3. Third *step*
                4. Fourth
                   - nested
                   
                   after the nested list

                - bullet
                """, LinkResolver.NONE).blocks().stream().filter(b -> b.kind() == Block.Kind.LIST_ITEM).toList();

        BlockDom.ListItem third = BlockDom.listItem(items.get(0));
        assertEquals(3, third.value());
        assertFalse(third.continued());
        assertEquals("<p>Third <em>step</em></p>", third.inner().strip(), items.get(0).html());
        assertEquals(4, BlockDom.listNumber(items.get(1)));
        BlockDom.ListItem continued = BlockDom.listItem(items.get(3));
        assertTrue(continued.continued(), items.get(3).html());
        assertEquals(0, continued.value(), "a continuation carries no number of its own");
        assertEquals(0, BlockDom.listNumber(items.get(4)), "a bullet has no number");
    }

    @Test
    void otherHtmlIsNoListItem() {
        for (String html : List.of("<p>x</p>", "<li value=\"\">x</li>", "<li value=\"-1\">x</li>", "<li class=\"other\">x</li>",
                "<li value=\"2\">x</p>")) {
            Block block = new Block(Block.Kind.LIST_ITEM, 0, "", "x", html, List.of(), false);
            assertThrows(IllegalArgumentException.class, () -> BlockDom.listItem(block), html);
        }
    }
}
