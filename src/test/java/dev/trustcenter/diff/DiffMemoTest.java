package dev.trustcenter.diff;

import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.markdown.Block;
import dev.trustcenter.markdown.RenderedBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffMemoTest {

    /**
     * Each version edits the previous one, as quarterly reviews do; every version is compared with the
     * latest. Versions share their equal blocks, as a site's versions of a policy do.
     */
    private static List<RenderedBody> versions() {
        List<RenderedBody> versions = new ArrayList<>();
        Map<Block, Block> shared = new HashMap<>();
        String text = """
                # Access control

                Passwords must be at least **12** characters.

                - Admins use hardware keys
                  - YubiKey 5
                - Staff use an authenticator app

                | Role | Access |
                |------|--------|
                | Admin | full |
                | User | read only |

                ## Review

                The owner reviews the policy yearly.
                """;
        String[][] edits = {
                {"**12**", "**14**"},
                {"read only", "read and write"},
                {"yearly", "every quarter"},
                {"  - YubiKey 5\n", "  - YubiKey 5\n  - Passkeys\n"},
                {"read and write", "read only"},
                {"## Review", "## Logging\n\nAll access is logged.\n\n## Review"},
        };
        versions.add(sharing(render(text), shared));
        for (String[] edit : edits) {
            text = text.replace(edit[0], edit[1]);
            versions.add(sharing(render(text), shared));
        }
        return versions;
    }

    private static RenderedBody sharing(RenderedBody body, Map<Block, Block> shared) {
        List<Block> blocks = body.blocks().stream().map(b -> shared.computeIfAbsent(b, k -> k)).toList();
        return new RenderedBody(body.html(), body.headings(), blocks);
    }

    @Test
    void sharedComparisonsGiveTheDiffsOfFreshOnes() {
        List<RenderedBody> versions = versions();
        RenderedBody latest = versions.get(versions.size() - 1);
        DiffMemo memo = new DiffMemo();
        int changedBlocks = 0;
        for (int i = 0; i < versions.size() - 1; i++) {
            for (RenderedBody newer : List.of(versions.get(i + 1), latest)) {
                RenderedBody older = versions.get(i);
                PolicyDiff shared = PolicyDiffer.diff(older, newer, memo);
                PolicyDiff fresh = PolicyDiffer.diff(older, newer);
                assertEquals(fresh, shared, "diff of version " + i);
                assertEquals(DiffHtml.both(fresh), DiffHtml.both(shared, memo), "HTML of version " + i);
                changedBlocks += (int) fresh.blocks().stream().filter(b -> b.op() == DiffBlock.Op.CHANGE).count();
            }
        }
        assertTrue(memo.pairs() < changedBlocks, memo.pairs() + " pairs compared for " + changedBlocks + " changed blocks");
    }
}
