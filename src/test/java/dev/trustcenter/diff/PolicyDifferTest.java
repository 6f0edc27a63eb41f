package dev.trustcenter.diff;

import static dev.trustcenter.diff.DiffChecks.diff;
import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trustcenter.diff.DiffBlock.Op;
import dev.trustcenter.markdown.Block.Kind;
import dev.trustcenter.markdown.RenderedBody;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyDifferTest {

    private static final String POLICY = """
            # Access control

            Passwords must be at least 12 characters long.

            ## Scope

            Applies to all staff and contractors.

            ## Review

            The owner reviews this policy every year.
            """;

    private static List<Op> ops(PolicyDiff d) {
        return d.blocks().stream().map(DiffBlock::op).toList();
    }

    private static List<DiffBlock> changes(PolicyDiff d) {
        return d.blocks().stream().filter(DiffBlock::isChange).toList();
    }

    @Test
    void identicalBodiesHaveNoChanges() {
        PolicyDiff d = diff(POLICY, POLICY);
        assertFalse(d.hasChanges());
        assertEquals(ChangeType.NONE, d.changeType());
        assertEquals(0, d.wordsAdded() + d.wordsRemoved());
        assertTrue(d.sections().isEmpty());
        assertTrue(d.blocks().stream().allMatch(b -> b.op() == Op.EQUAL));
    }

    @Test
    void oneChangedWordIsOneDeletionAndOneInsertionInsideTheParagraph() {
        PolicyDiff d = diff(POLICY, POLICY.replace("12 characters", "14 characters"));
        DiffBlock changed = changes(d).get(0);
        assertEquals(1, changes(d).size());
        assertEquals(Op.CHANGE, changed.op());
        assertEquals(List.of("12"), changed.words().stream().filter(w -> w.op() == Op.DELETE).map(WordChange::text).toList());
        assertEquals(List.of("14"), changed.words().stream().filter(w -> w.op() == Op.INSERT).map(WordChange::text).toList());
        assertEquals(1, d.wordsAdded());
        assertEquals(1, d.wordsRemoved());
        assertEquals(ChangeType.MATERIAL, d.changeType());
    }

    @Test
    void anInsertedSectionIsARunOfInsertedBlocks() {
        PolicyDiff d = diff(POLICY, POLICY.replace("## Review", """
                ## Logging

                All access is logged.

                - Logs are kept for a year.

                ## Review"""));
        assertEquals(List.of(Op.INSERT, Op.INSERT, Op.INSERT), changes(d).stream().map(DiffBlock::op).toList());
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH, Kind.LIST_ITEM),
                changes(d).stream().map(b -> b.newer().kind()).toList());
        assertEquals(1 + 4 + 6, d.wordsAdded());
        assertEquals(List.of(new ChangedSection("logging", "Logging", "change-1")), d.sections());
    }

    @Test
    void aDeletedListItemIsDeletedWhole() {
        PolicyDiff d = diff("- one\n- two\n- three\n", "- one\n- three\n");
        assertEquals(List.of(Op.EQUAL, Op.DELETE, Op.EQUAL), ops(d));
        assertEquals("two", changes(d).get(0).older().text());
        assertEquals(1, d.wordsRemoved());
    }

    @Test
    void aChangedTableCellIsComparedWithinItsCell() {
        PolicyDiff d = diff("""
                | Role | Access |
                |------|--------|
                | Admin | full |
                | User | read only |
                """, """
                | Role | Access |
                |------|--------|
                | Admin | full |
                | User | read and write |
                """);
        DiffBlock row = changes(d).get(0);
        assertEquals(Op.CHANGE, row.op());
        assertTrue(row.words().stream().filter(w -> w.op() != Op.EQUAL).allMatch(w -> w.cell() == 1));
        assertEquals("only", row.words().stream().filter(w -> w.op() == Op.DELETE).map(WordChange::text)
                .reduce("", String::concat).strip());
    }

    @Test
    void nestedListEditsKeepTheirDepth() {
        PolicyDiff d = diff("- a\n  - b one\n  - c\n- d\n", "- a\n  - b two\n  - c\n  - e\n- d\n");
        assertEquals(List.of(Op.EQUAL, Op.CHANGE, Op.EQUAL, Op.INSERT, Op.EQUAL), ops(d));
        assertEquals(List.of(1, 1), changes(d).stream().map(b -> b.newer().depth()).toList());
    }

    @Test
    void aRenamedHeadingIsAChangedHeading() {
        PolicyDiff d = diff(POLICY, POLICY.replace("## Scope", "## Applicability"));
        DiffBlock heading = changes(d).get(0);
        assertEquals(Op.CHANGE, heading.op());
        assertEquals(Kind.HEADING, heading.newer().kind());
        assertEquals("applicability", d.sections().get(0).sectionId());
        assertEquals("Applicability", d.sections().get(0).title());
    }

    @Test
    void aMovedSectionIsDeletedAndInsertedAndMaterial() {
        String moved = """
                # Access control

                Passwords must be at least 12 characters long.

                ## Review

                The owner reviews this policy every year.

                ## Scope

                Applies to all staff and contractors.
                """;
        PolicyDiff d = diff(POLICY, moved);
        assertTrue(ops(d).contains(Op.DELETE) && ops(d).contains(Op.INSERT));
        assertMaterialWithCounts(d, 0, 0, 7, "\"Scope\" and its six words moved; nothing was added or removed");
    }

    /** Words added, removed and moved; a move is material whatever it counts, as the text reads in another order. */
    private static void assertMaterialWithCounts(PolicyDiff d, int added, int removed, int moved, String why) {
        assertEquals(List.of(added, removed, moved), List.of(d.wordsAdded(), d.wordsRemoved(), d.wordsMoved()), why);
        assertEquals(ChangeType.MATERIAL, d.changeType());
    }

    @Test
    void aClauseMovedAndEditedCountsItsEditsAndTheWordsItKeptAsMoved() {
        String clause = "Customers may request a copy of the personal data we hold about them at any time by writing"
                + " to our support team, and we answer within thirty days.\n\n";
        String other = "## Requests\n\nWe log every request.\n\n";
        PolicyDiff d = diff("## Access\n\n" + clause + other, "## Access\n\n" + other + clause.replace("at any time", "once a year"));
        assertEquals(List.of(Op.EQUAL, Op.DELETE, Op.EQUAL, Op.EQUAL, Op.INSERT), ops(d));
        assertMaterialWithCounts(d, 3, 3, 25, "of the clause's 28 words, 3 were replaced on the way");
    }

    @Test
    void aSectionReplacedByAnUnrelatedOneIsOneDeletedAndOneInsertedSection() {
        String older = "## Actions\n\nActions text.\n\n## Learning Lab\n\nLearning Lab offers free interactive courses"
                + " built into GitHub.\n\nYou own course materials that you create.\n\n## npm\n\nnpm text.\n";
        String newer = older.replace("## Learning Lab\n\nLearning Lab offers free interactive courses built into GitHub.\n\n"
                        + "You own course materials that you create.\n",
                "## GitHub Copilot\n\nTo use Copilot, you need to install an extension to your editor.\n\n"
                        + "GitHub does not claim any rights in Suggestions.\n");
        PolicyDiff d = diff(older, newer);
        assertEquals(List.of(Op.DELETE, Op.DELETE, Op.DELETE, Op.INSERT, Op.INSERT, Op.INSERT),
                changes(d).stream().map(DiffBlock::op).toList(), "not paired paragraph by paragraph as rewrites");
        assertEquals(List.of("Learning Lab", "GitHub Copilot"), d.sections().stream().map(ChangedSection::title).toList());
    }

    @Test
    void aSectionMovedAndRenumberedReadsAsMovedWithItsNumberChanged() {
        String gamma = "## 2. Gamma\n\nGamma text stays where it is too.\n\n";
        String spam = "Spam and bulk activity are prohibited at all times.\n\n- bulk promotions\n- fake accounts\n";
        String older = "## 1. Alpha\n\nAlpha text.\n\n" + gamma + "## 3. Spam\n\n" + spam;
        String newer = "## 1. Alpha\n\nAlpha text.\n\n## 2. Spam\n\n" + spam + "\n" + gamma.replace("2. Gamma", "3. Gamma");
        PolicyDiff d = diff(older, newer);
        assertEquals(2, d.moves().size() / 2, "the heading and the paragraph of Gamma moved: " + d.moves());
        DiffBlock spamHeading = changes(d).stream().filter(b -> b.op() == Op.CHANGE).findFirst().orElseThrow();
        assertEquals("2. Spam", spamHeading.newer().text());
        assertEquals("3. Spam", spamHeading.older().text());
    }

    @Test
    void wordsRegroupedIntoOtherBlocksAreNotCountedAsAddedAndRemoved() {
        String item = "GitHub intends to comply with all applicable tax reporting laws that apply to these payments.";
        PolicyDiff d = diff("## Exclusions\n\n* **Taxes.** " + item + "\n\n## Next\n\nText.\n",
                "## Exclusions\n\n### Taxes.\n\n" + item.replace("all applicable", "applicable") + "\n\n## Next\n\nText.\n");
        assertEquals(List.of(Op.DELETE, Op.INSERT, Op.INSERT), changes(d).stream().map(DiffBlock::op).toList());
        assertEquals(0, d.wordsAdded());
        assertEquals(1, d.wordsRemoved(), "only 'all' went");
    }

    @Test
    void aRemovedLineBreakSpacerIsNoChange() {
        PolicyDiff d = diff("You must be 13 or older.\n\n<BR>\n\n## Payment\n\nMonthly.\n",
                "You must be 16 or older.\n\n## Payment\n\nMonthly.\n");
        assertEquals(1, d.changes(), "only the edited sentence: " + d.blocks());
        PolicyDiff emptyParagraph = diff("Intro.\n\n<p></p>\n\n<div><br></div>\n\nEnd.\n", "Intro.\n\nEnd.\n");
        assertEquals(0, emptyParagraph.changes(), "empty layout markup: " + emptyParagraph.blocks());
    }

    @Test
    void textTakenOutOfAnHtmlWrapperIsComparedWordByWord() {
        PolicyDiff d = diff("## Payment\n\n<details><summary>:short:</summary>\n\n**Short version:** You are responsible for any"
                        + " fees. We will tell you in advance if prices change.\n\n</details>\n",
                "## Payment\n\n**Short version:** You are responsible for any fees. We will tell you in writing if prices change.\n");
        assertEquals(List.of(Op.CHANGE), changes(d).stream().map(DiffBlock::op).toList());
        List<WordChange> words = changes(d).get(0).words();
        assertTrue(words.stream().anyMatch(w -> w.op() == Op.DELETE && w.text().strip().equals("advance")), words.toString());
        assertTrue(words.stream().anyMatch(w -> w.op() == Op.INSERT && w.text().strip().equals("writing")), words.toString());
        assertTrue(DiffHtml.sideBySide(d).contains("<ins>writing</ins>"), "the side-by-side view marks the edit");
    }

    @Test
    void anUnrelatedParagraphIsNotPairedWithAnHtmlBlock() {
        PolicyDiff d = diff("Intro.\n\n<div>Payment terms are thirty days from the invoice date.</div>\n",
                "Intro.\n\nRefunds are given within fourteen days of a written request.\n");
        assertEquals(List.of(Op.DELETE, Op.INSERT), changes(d).stream().map(DiffBlock::op).toList());
    }

    @Test
    void aShortTextThatOnlyGrewShowsItsInsertionNotARewrite() {
        PolicyDiff d = diff("- First item.\n- Our app\n", "- First item.\n- Our app sends error reports to Sentry.\n");
        List<WordChange> words = changes(d).get(0).words();
        assertEquals(List.of(Op.EQUAL, Op.INSERT), words.stream().map(WordChange::op).toList());
        assertEquals(5, d.wordsAdded());
        assertEquals(0, d.wordsRemoved());
    }

    @Test
    void caseFormattingAndPunctuationChangesAreEditorial() {
        PolicyDiff d = diff(POLICY, POLICY.replace("Passwords must be", "Passwords **must** be")
                .replace("contractors.", "Contractors!"));
        assertEquals(ChangeType.EDITORIAL, d.changeType());
        assertTrue(d.hasChanges());
    }

    @Test
    void formattingOnlyChangesAreEditorial() {
        PolicyDiff d = diff(POLICY, POLICY.replace("Passwords must be", "Passwords **must** be"));
        assertEquals(ChangeType.EDITORIAL, d.changeType());
        assertEquals(0, d.wordsAdded() + d.wordsRemoved());
    }

    @Test
    void onlyTheSameHtmlIsNoTextChange() {
        PolicyDiff d = diff(POLICY, POLICY.replace("\n", "\n\n\n"));
        assertEquals(ChangeType.NONE, d.changeType());
        assertEquals("no text change", d.changeType().label());
        assertEquals("none", d.changeType().id());
    }

    @Test
    void aSwappedImageIsMaterialThoughNoWordChanged() {
        PolicyDiff d = diff("Intro.\n\n![](a.png)\n", "Intro.\n\n![](b.png)\n");
        assertTrue(d.hasChanges());
        assertEquals(ChangeType.MATERIAL, d.changeType());
        assertEquals(Op.CHANGE, changes(d).get(0).op());
    }

    /** The words read the same, but the document a customer is sent to is another one. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "Our [DPA](https://acme.test/dpa) applies. => Our [DPA](https://evil.test/dpa) applies.",
        "Our [DPA](dpa.html) applies. => Our **[DPA](other.html)** applies.",
        "Our DPA applies. => Our [DPA](dpa.html) applies.",
    })
    void aLinkThatPointsElsewhereIsMaterial(String older, String newer) {
        assertEquals(ChangeType.MATERIAL, diff(older + "\n", newer + "\n").changeType());
    }

    @Test
    void theLinksAndImagesThatPointElsewhereAreListedWithTheirWords() {
        PolicyDiff d = diff("Our [DPA](https://acme.test/dpa) and [terms](t.html) apply.\n\n![Network map](net-1.svg)\n\nSee [help](h.html).\n",
                "Our [DPA](https://acme.test/dpa-2) and [terms](t.html) apply.\n\n![Network map](net-2.svg)\n\n"
                        + "See [help](h.html) and the [new annex](annex.html).\n");
        assertEquals(List.of(new LinkChange("DPA", "https://acme.test/dpa", "https://acme.test/dpa-2"),
                new LinkChange("Network map", "net-1.svg", "net-2.svg")), LinkChange.of(d),
                "a link added with its words shows in the text, not here");
        assertEquals(List.of(), LinkChange.of(diff("Our [DPA](a.html).\n", "Our [*DPA*](a.html).\n")));
    }

    @Test
    void anImageInsideALinkIsSeenAndLinksPairByTheirWordsWhenOthersGo() {
        PolicyDiff badge = diff("Status: [![Build](a.svg)](ci.html)\n", "Status: [![Build](b.svg)](ci.html)\n");
        assertEquals(ChangeType.MATERIAL, badge.changeType());
        assertEquals(List.of(new LinkChange("Build", "a.svg", "b.svg")), LinkChange.of(badge));

        PolicyDiff d = diff("Intro [old thing](o.html) and [keep](k1.html).\n", "Intro and [keep](k2.html).\n");
        assertEquals(List.of(new LinkChange("keep", "k1.html", "k2.html")), LinkChange.of(d));
    }

    /** A column added to or removed from a table shows in its cells; the rows stay the rows they were. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "| Vendor | Purpose |\\n|---|---|\\n| Stripe | Payments |\\n| Lumen | Analytics | => "
                + "| Vendor | Purpose | Region |\\n|---|---|---|\\n| Stripe | Payments | US |\\n| Lumen | Analytics | EU |",
        "| Vendor | Purpose |\\n|---|---|\\n| Stripe | Payments |\\n| Lumen | Analytics | => "
                + "| Vendor | Region | Purpose |\\n|---|---|---|\\n| Stripe | US | Payments |\\n| Lumen | EU | Analytics |",
        "| Vendor | Region | Purpose |\\n|---|---|---|\\n| Stripe | US | Payments |\\n| Lumen | EU | Analytics | => "
                + "| Vendor | Purpose |\\n|---|---|\\n| Stripe | Payments |\\n| Lumen | Analytics |",
    })
    void aColumnAddedOrRemovedIsMarkedInItsCells(String older, String newer) {
        RenderedBody a = render(older.replace("\\n", "\n") + "\n");
        RenderedBody b = render(newer.replace("\\n", "\n") + "\n");
        PolicyDiff d = PolicyDiffer.diff(a, b);
        assertEquals(List.of(Op.CHANGE, Op.CHANGE, Op.CHANGE), changes(d).stream().map(DiffBlock::op).toList(), "head and two rows");
        assertEquals(3, d.wordsAdded() + d.wordsRemoved(), "the column's name and two cells");
        DiffChecks.assertReconstructs(a, b, older + " => " + newer);
        String inline = DiffHtml.inline(d);
        assertTrue(inline.contains("<ins>EU</ins>") || inline.contains("<del>EU</del>"), inline);
    }

    /** A subprocessor list that gained a column while its others were renamed: the rows stay rows. */
    @Test
    void aColumnAddedWhileOthersWereRenamedIsKnownByItsCells() {
        String older = "| Name | Purpose | Country |\n|---|---|---|\n| AWS | Hosting | USA |\n| Stripe | Payments | USA |\n"
                + "| Mailgun | Email delivery | EU |\n";
        String newer = "| Name | Service | Location | Since |\n|---|---|---|---|\n| AWS | Hosting | USA | 2019 |\n"
                + "| Stripe | Payments | USA | 2020 |\n| Mailgun | Email delivery | EU | 2022 |\n";
        RenderedBody a = render(older);
        RenderedBody b = render(newer);
        PolicyDiff d = PolicyDiffer.diff(a, b);
        assertEquals(List.of(Op.CHANGE, Op.CHANGE, Op.CHANGE, Op.CHANGE), changes(d).stream().map(DiffBlock::op).toList(),
                "the head and each row changed in place, none deleted and added");
        assertEquals(6, d.wordsAdded(), "Service, Location, Since and three years");
        assertEquals(2, d.wordsRemoved(), "Purpose, Country");
        DiffChecks.assertReconstructs(a, b, older + " => " + newer);
        String inline = DiffHtml.inline(d);
        assertTrue(inline.contains("<td>Stripe</td><td>Payments</td><td>USA</td><td><ins>2020</ins></td>"), inline);
    }

    /** A new Yes/No column before one that kept its name is the new column, however alike their cells. */
    @Test
    void aColumnThatKeptItsNameIsNeverTakenForARenamedOne() {
        String older = "| Control | Required |\n|---|---|\n| SSO | Yes |\n| MFA | Yes |\n";
        String newer = "| Control | Automated | Required |\n|---|---|---|\n| SSO | No | Yes |\n| MFA | Yes | Yes |\n";
        PolicyDiff d = PolicyDiffer.diff(render(older), render(newer));
        assertEquals(3, d.wordsAdded(), "Automated and its two cells");
        assertEquals(0, d.wordsRemoved());
        assertTrue(DiffHtml.inline(d).contains("<td>SSO</td><td><ins>No</ins></td><td>Yes</td>"), DiffHtml.inline(d));
    }

    @Test
    void aReflowedParagraphIsNoTextChangeButAHardBreakIsEditorial() {
        String older = "Access is reviewed every quarter by the system owner and\nthe security team.\n";
        assertEquals(ChangeType.NONE, diff(older, older.replace(" and\nthe", "\nand the")).changeType());
        assertEquals(ChangeType.EDITORIAL, diff(older, older.replace(" and\nthe", " and  \nthe")).changeType());
    }

    @Test
    void aBlockWithTheSameWordsInOtherHtmlIsAChangeWithoutWordMarks() {
        String older = "## Notice\n\nWe notify customers within 48 hours.\n\nOther text.\n";
        String newer = "### Notice\n\nWe notify customers within **48 hours**.\n\nOther text.\n";
        PolicyDiff d = diff(older, newer);
        // before, both read as unchanged: an "editorial" badge and nothing on the page to find
        assertEquals(List.of(Op.CHANGE, Op.CHANGE), changes(d).stream().map(DiffBlock::op).toList());
        assertEquals(List.of(0, 0), List.of(d.wordsAdded(), d.wordsRemoved()));
        assertEquals(ChangeType.EDITORIAL, d.changeType());
        assertTrue(changes(d).stream().allMatch(b -> b.words().stream().allMatch(w -> w.op() == Op.EQUAL)));
        Document inline = Jsoup.parse(DiffHtml.inline(d));
        assertEquals(List.of("Notice", "We notify customers within 48 hours."), inline.select(".diff-change").eachText());
        assertNotNull(inline.selectFirst(".diff-change strong"), "the newer formatting shows");
        DiffChecks.assertReconstructs(render(older), render(newer), "restyled");
        String md = dev.trustcenter.diff.format.MarkdownDiffFormat.render(d);
        assertTrue(md.contains("- **Changed, same words:** We notify customers within 48 hours."), md);
        // a reflowed paragraph or a heading id numbered differently is still no change
        assertTrue(changes(diff("A b\nc.\n", "A\nb c.\n")).isEmpty());
        // nor is an item renumbered by one added before it
        String steps = "1. Contain the incident.\n2. Notify the team.\n3. Write a report.\n";
        assertEquals(List.of(Op.INSERT), changes(diff(steps, "1. Triage the alert.\n" + steps.replace("1. C", "2. C")
                .replace("2. N", "3. N").replace("3. W", "4. W"))).stream().map(DiffBlock::op).toList());
    }

    @Test
    void aParagraphSplitInTwoAddsAndRemovesNoWord() {
        PolicyDiff d = diff("Intro.\n\nWe encrypt data at rest. Keys are rotated every year by the security team.\n\nEnd.\n",
                "Intro.\n\nWe encrypt data at rest.\n\nKeys are rotated every year by the security team.\n\nEnd.\n");
        // block by block, the second sentence counted as 9 words removed and 9 added
        assertEquals(List.of(0, 0), List.of(d.wordsAdded(), d.wordsRemoved()));
        assertEquals(ChangeType.EDITORIAL, d.changeType());
        PolicyDiff edited = diff("Intro.\n\nWe encrypt data at rest. Keys are rotated every year.\n",
                "Intro.\n\nWe encrypt all data at rest.\n\nKeys are rotated every year.\n");
        assertEquals(List.of(1, 0), List.of(edited.wordsAdded(), edited.wordsRemoved()));
    }

    @Test
    void aBlockThatMovedNextToAnEditStaysCountedAsMoved() {
        String moved = "The moved paragraph has enough words to count as moved text.\n\n";
        PolicyDiff d = diff("## One\n\nFirst paragraph stays here.\n\n## Two\n\nSecond paragraph text.\n\n" + moved,
                "## One\n\nFirst paragraph stays right here.\n\n" + moved + "## Two\n\nSecond paragraph text.\n");
        // the edit and the arrival are one run of changes; counted together, the move read as 11 words added and removed
        assertEquals(List.of(1, 0, 11), List.of(d.wordsAdded(), d.wordsRemoved(), d.wordsMoved()));
    }

    @Test
    void aLinkWhoseTextIsRestyledButPointsToTheSamePlaceIsEditorial() {
        assertEquals(ChangeType.EDITORIAL, diff("Our [DPA](dpa.html) applies.\n", "Our [*DPA*](dpa.html) applies.\n").changeType());
    }

    @Test
    void aRewrittenParagraphReadsAsOneDeletionThenOneInsertion() {
        PolicyDiff d = diff("Intro.\n\nWe review access every quarter.\n",
                "Intro.\n\nManagers certify entitlements twice yearly via tooling.\n");
        List<Op> runs = changes(d).get(0).words().stream().map(WordChange::op).toList();
        assertEquals(List.of(Op.DELETE, Op.INSERT), runs);
    }

    @Test
    void spacesAndPunctuationBetweenTwoChangesJoinThem() {
        PolicyDiff d = diff("Keep logs for one year, then delete them.\n", "Keep logs for two months, then delete them.\n");
        List<WordChange> words = changes(d).get(0).words();
        assertEquals(List.of(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL), words.stream().map(WordChange::op).toList());
        assertEquals("one year", words.get(1).text());
        assertEquals("two months", words.get(2).text());
    }

    @Test
    void anEditedParagraphNextToAnInsertedOneIsPairedWithItsSimilarVersion() {
        PolicyDiff d = diff("Intro.\n\nAll laptops use full disk encryption.\n",
                "Intro.\n\nMobile phones are enrolled in device management.\n\nAll laptops use full disk encryption with TPM.\n");
        assertEquals(List.of(Op.EQUAL, Op.INSERT, Op.CHANGE), ops(d));
        assertEquals(2, d.wordsAdded() - 7);
    }

    @Test
    void sectionsListEachChangedSectionOnceWithItsFirstChange() {
        PolicyDiff d = diff(POLICY, POLICY.replace("staff and", "staff or").replace("every year", "every quarter")
                .replace("long.", "long.\n\nUse a manager."));
        assertEquals(List.of(
                new ChangedSection("access-control", "Access control", "change-1"),
                new ChangedSection("scope", "Scope", "change-2"),
                new ChangedSection("review", "Review", "change-3")), d.sections());
    }

    @Test
    void changesBeforeTheFirstHeadingBelongToTheUntitledSection() {
        PolicyDiff d = diff("Intro one.\n\n# A\n", "Intro two.\n\n# A\n");
        assertEquals(List.of(new ChangedSection("", "", "change-1")), d.sections());
    }

    @Test
    void editsAtBothEndsOfALongDocumentAreFound() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            body.append("Paragraph number ").append(i).append(" says something.\n\n");
        }
        String older = body.toString();
        String newer = "New first.\n\n" + older.replace("number 100 says", "number 100 states") + "New last.\n";
        PolicyDiff d = PolicyDiffer.diff(render(older), render(newer));
        assertEquals(List.of(Op.INSERT, Op.CHANGE, Op.INSERT), changes(d).stream().map(DiffBlock::op).toList());
    }

    @Test
    void aTextRewrittenAroundUnchangedParagraphsKeepsThemInPlaceAndPairsEachRewrite() {
        // Every other paragraph rewritten, as between a review and a much later text: the rewritten
        // ones are found on one side only, and each still meets its older form.
        StringBuilder older = new StringBuilder();
        StringBuilder newer = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            older.append("Unchanged paragraph number ").append(k).append(" stays as it is.\n\n");
            newer.append("Unchanged paragraph number ").append(k).append(" stays as it is.\n\n");
            older.append("Staff rotate the keys of system ").append(k).append(" every year.\n\n");
            newer.append("Staff rotate the keys of system ").append(k).append(" every quarter.\n\n");
        }
        newer.append("Unchanged paragraph number 0 stays as it is.\n\n");
        PolicyDiff d = diff(older.toString(), newer.toString());
        List<Op> expected = new java.util.ArrayList<>();
        for (int k = 0; k < 6; k++) {
            expected.addAll(List.of(Op.EQUAL, Op.CHANGE));
        }
        expected.add(Op.INSERT);
        assertEquals(expected, ops(d));
        assertTrue(changes(d).stream().filter(b -> b.op() == Op.CHANGE)
                .allMatch(b -> b.words().stream().filter(w -> w.op() != Op.EQUAL).map(WordChange::text).toList()
                        .equals(List.of("year", "quarter"))));
    }
}
