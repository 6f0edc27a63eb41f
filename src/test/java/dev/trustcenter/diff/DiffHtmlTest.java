package dev.trustcenter.diff;

import static dev.trustcenter.diff.DiffChecks.assertReconstructs;
import static dev.trustcenter.diff.DiffChecks.diff;
import static dev.trustcenter.diff.DiffChecks.normalized;
import static dev.trustcenter.diff.DiffChecks.parse;
import static dev.trustcenter.diff.DiffChecks.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DiffHtmlTest {

    private static final String POLICY = """
            # Access control

            Passwords must be at least **12** characters, see [MFA](mfa.md#setup).

            - Admins use hardware keys
              - YubiKey 5
              - Titan
            - Staff use an authenticator app

            | Role | Access |
            |------|--------|
            | Admin | full |
            | User | read only |

            ## Scope

            > Applies to all staff.
            >
            > And to contractors.

            ## Review

            1. The owner reviews yearly.
            2. Security signs off.
            """;

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("one word in a sentence", POLICY.replace("**12**", "**14**")),
                Arguments.of("inserted section", POLICY.replace("## Review", "## Logging\n\nAll access is logged.\n\n## Review")),
                Arguments.of("deleted list item", POLICY.replace("- Staff use an authenticator app\n", "")),
                Arguments.of("changed table cell", POLICY.replace("read only", "read and write")),
                Arguments.of("added table row", POLICY.replace("| User |", "| Auditor | read logs |\n| User |")),
                Arguments.of("nested list edit", POLICY.replace("  - Titan\n", "  - Titan M2\n  - Passkeys\n")),
                Arguments.of("heading renamed", POLICY.replace("## Scope", "## Applicability")),
                Arguments.of("moved section", POLICY.replace("## Scope\n\n> Applies to all staff.\n>\n> And to contractors.\n\n", "")
                        + "\n## Scope\n\n> Applies to all staff.\n>\n> And to contractors.\n"),
                Arguments.of("quote edited", POLICY.replace("And to contractors.", "And to contractors and interns.")),
                Arguments.of("link target and text", POLICY.replace("[MFA](mfa.md#setup)", "[the MFA guide](guide.md)")),
                Arguments.of("strikethrough content", POLICY.replace("**12**", "~~12~~ **14**")),
                Arguments.of("ordered item changed", POLICY.replace("Security signs off.", "The CISO signs off.")),
                Arguments.of("everything rewritten", "# Something else\n\nEntirely new.\n"),
                Arguments.of("emptied", ""),
                Arguments.of("from nothing", "")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void inlineTextWithoutDeletionsIsTheNewerVersionAndWithoutInsertionsTheOlder(String name, String newer) {
        if (name.equals("from nothing")) {
            assertReconstructs(render(""), render(POLICY), name);
        } else {
            assertReconstructs(render(POLICY), render(newer), name);
        }
    }

    @Test
    void aMovedSectionLinksItsOldPlaceAndItsNewOne() {
        String moved = POLICY.replace("## Scope\n\n> Applies to all staff.\n>\n> And to contractors.\n\n", "")
                + "\n## Scope\n\n> Applies to all staff.\n>\n> And to contractors.\n";
        PolicyDiff d = diff(POLICY, moved);
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = org.jsoup.Jsoup.parseBodyFragment(fragment).body();
            List<Element> links = body.select("a.diff-moved");
            assertEquals(List.of("moved below", "moved below", "moved here from above", "moved here from above"),
                    links.stream().map(Element::text).toList(), fragment);
            for (Element link : links) {
                Element target = body.getElementById(link.attr("href").substring(1));
                assertNotNull(target, link.outerHtml());
                Element back = target.selectFirst("a.diff-moved");
                assertNotNull(back, target.outerHtml());
                assertEquals(link.closest("[id^=change-]").id(), back.attr("href").substring(1));
            }
        }
        assertReconstructs(render(POLICY), render(moved), "moved section");
    }

    @Test
    void aChangedWordIsMarkedInsideItsFormatting() {
        Element body = parse(DiffHtml.inline(diff(POLICY, POLICY.replace("**12**", "**14**"))));
        assertEquals(List.of("12"), body.select("del").eachText());
        assertEquals(List.of("14"), body.select("ins").eachText());
        assertNotNull(body.selectFirst("strong > del"));
        assertEquals("mfa.md#setup", body.selectFirst("#change-1 a[href]").attr("href"));
    }

    @Test
    void aChangedCellIsMarkedInThatCell() {
        Element body = parse(DiffHtml.inline(diff(POLICY, POLICY.replace("read only", "read and write"))));
        Element row = body.selectFirst("table.diff-table tr#change-1");
        assertNotNull(row);
        assertTrue(row.child(0).select("ins, del").isEmpty());
        assertEquals("only", row.child(1).selectFirst("del").text());
        assertEquals("and write", row.child(1).selectFirst("ins").text());
        assertEquals(1, body.select("table.diff-table").size());
        assertEquals(1, body.select("table.diff-table thead tr").size());
    }

    @Test
    void changedBlocksAreNumberedAndLinkedToTheirNeighbours() {
        PolicyDiff d = diff(POLICY, POLICY.replace("**12**", "**14**").replace("## Scope", "## Applicability")
                .replace("- Staff use an authenticator app\n", ""));
        Element body = Jsoup.parse(DiffHtml.inline(d));
        assertEquals(List.of("change-1", "change-2", "change-3"), body.select("[id^=change-]").eachAttr("id"));
        assertEquals(List.of("#change-2"), body.select("#change-1 a.diff-nav").eachAttr("href"));
        assertEquals(List.of("#change-1", "#change-3"), body.select("#change-2 a.diff-nav").eachAttr("href"));
        assertEquals(List.of("#change-2"), body.select("#change-3 a.diff-nav").eachAttr("href"));
        assertEquals(d.changes(), body.select("[id^=change-]").size());
    }

    @Test
    void adjacentChangesAreOneStopAndOnlyTheFirstCarriesTheLinks() {
        String older = "Intro.\n\n## Vendors\n\nWe use few vendors.\n\n## Review\n\nYearly.\n";
        String newer = "Intro.\n\n## Vendors\n\nWe use few vendors.\n\n| Vendor | Use |\n|---|---|\n| AWS | Hosting |\n"
                + "| Sentry | Errors |\n\n## Review\n\nQuarterly.\n";
        PolicyDiff d = diff(older, newer);
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = Jsoup.parse(fragment);
            // the inserted table (head and two rows) is changes 1-3, the edited paragraph change 4
            assertEquals(List.of("change-1", "change-2", "change-3", "change-4"), body.select("[id^=change-]").eachAttr("id"));
            assertEquals(List.of("#change-4"), links(body.selectFirst("#change-1")).select("a.diff-nav").eachAttr("href"), fragment);
            assertTrue(body.select("#change-2 a.diff-nav, #change-3 a.diff-nav").isEmpty(), "rows inside the run: " + fragment);
            assertTrue(body.select("th a.diff-nav").isEmpty(), "no links in a column's name: " + fragment);
            assertEquals(List.of("#change-1"), body.select("#change-4 a.diff-nav").eachAttr("href"));
        }
    }

    @Test
    void aChangedCollapsedSectionIsOpenSoItsChangeShows() {
        String details = "<details><summary>Payment terms</summary>\n\nYou must pay each invoice within 30 days.\n\n</details>\n\n";
        String unchanged = "<details><summary>Refunds</summary>\n\nNo refunds.\n\n</details>\n";
        String table = "<table><tr><td>Account</td><td><details><summary>More</summary>An account is yours.</details></td></tr>"
                + "</table>\n\n";
        PolicyDiff d = diff("## Fees\n\n" + details + table + unchanged,
                "## Fees\n\n" + details.replace("30 days", "10 days") + unchanged);
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = Jsoup.parse(fragment);
            List<Element> changed = body.select("details").stream()
                    .filter(e -> !e.select("ins, del").isEmpty() || e.parents().stream().anyMatch(p -> p.nameIs("ins") || p.nameIs("del")))
                    .toList();
            assertTrue(changed.stream().anyMatch(e -> e.text().contains("within")), "the edited one: " + fragment);
            assertTrue(changed.stream().anyMatch(e -> e.text().contains("An account is yours")), "in a deleted table row: " + fragment);
            assertTrue(changed.stream().allMatch(e -> e.hasAttr("open")), fragment);
            assertTrue(body.select("details").stream().filter(e -> !changed.contains(e)).noneMatch(e -> e.hasAttr("open")),
                    "an unchanged one stays as written: " + fragment);
        }
    }

    @Test
    void aClauseMovedAndLightlyEditedLinksItsTwoPlacesAsMoved() {
        String support = "You will be solely responsible for support and maintenance of your Products and any complaints"
                + " about your Products.\n\n";
        String pricing = "Prices are set in US dollars by the developer.\n\n";
        PolicyDiff d = diff("## 1. Definitions\n\nWords.\n\n## 2. Pricing\n\n" + pricing + "## 3. Support\n\n" + support,
                "## 1. Definitions\n\nWords.\n\n## 2. Support\n\n" + support.replace("your Products and", "your Developer Products and")
                        + "## 3. Pricing\n\n" + pricing);
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = Jsoup.parse(fragment);
            List<String> moved = body.select("a.diff-moved").eachText();
            assertTrue(moved.contains("moved here from below, edited") && moved.contains("moved above, edited"), moved + " " + fragment);
        }
        Element inline = Jsoup.parse(DiffHtml.inline(d));
        Element arrived = inline.select("a.diff-moved").stream().filter(a -> a.text().startsWith("moved here")).filter(
                a -> a.closest("[id^=change-]").text().contains("Developer")).findFirst().orElseThrow().closest("[id^=change-]");
        assertEquals("#" + inline.select("a.diff-moved").stream().filter(a -> a.closest("[id^=change-]") != arrived)
                .filter(a -> a.text().equals("moved above, edited")).findFirst().orElseThrow().closest("[id^=change-]").id(),
                arrived.selectFirst("a.diff-moved").attr("href"), "the new place links the old one");
    }

    @Test
    void aClauseMovedAndEditedMarksItsEditsInBothPlaces() {
        String clause = "Customers may request a copy of the personal data we hold about them at any time by writing"
                + " to our support team, and we answer within thirty days.";
        String edited = clause.replace("at any time", "once a year").replace("support team", "privacy team");
        String older = "## Access\n\n" + clause + "\n\n## Deletion\n\nWe delete data on request.\n\n## Export\n\nExports are CSV.\n";
        String newer = "## Deletion\n\nWe delete data on request.\n\n## Export\n\nExports are CSV.\n\n## Access\n\n" + edited + "\n";
        for (Element[] places : movedDownInBothViews(older, newer)) {
            Element arrived = places[0];
            Element left = places[1];
            String page = arrived.ownerDocument().body().html();
            assertEquals(List.of("once a year", "privacy"), arrived.select("ins mark.diff-move-edit").eachText(), page);
            assertEquals(List.of("at any time", "support"), left.select("del mark.diff-move-edit").eachText(), page);
            assertEquals(normalized(edited), normalized(arrived.select("ins").text()), "the new place reads as the new text");
            assertEquals(normalized(clause), normalized(left.select("del").text()), "the old place reads as the old text");
        }
        // an unedited move, and an edited block that did not move, have no such marks
        PolicyDiff plainMove = diff(older, newer.replace(edited, clause));
        String unedited = DiffHtml.inline(plainMove);
        assertTrue(Jsoup.parse(unedited).select("mark").isEmpty(), unedited);
        PolicyDiff inPlace = diff(older, older.replace(clause, edited));
        assertTrue(Jsoup.parse(DiffHtml.inline(inPlace)).select("mark").isEmpty(), DiffHtml.inline(inPlace));
        assertFalse(DiffHtml.both(plainMove).movedEdits() || DiffHtml.both(inPlace).movedEdits());
    }

    @Test
    void aListItemMovedAndEditedMarksItsEdits() {
        String item = "Administrators use hardware security keys for every login to production systems and the cloud console";
        String older = "- " + item + "\n- Staff use an app\n\nMiddle paragraph.\n\n- Contractors use an app\n";
        String newer = "- Staff use an app\n\nMiddle paragraph.\n\n- Contractors use an app\n- "
                + item.replace("every login", "each login") + "\n";
        for (Element[] places : movedDownInBothViews(older, newer)) {
            String page = places[0].ownerDocument().body().html();
            assertEquals(List.of("each"), places[0].select("li ins mark").eachText(), page);
            assertEquals(List.of("every"), places[1].select("li del mark").eachText(), page);
        }
    }

    @Test
    void aTableRowMovedAndEditedMarksItsEditsCellByCell() {
        String head = "| Subprocessor | Purpose | Location |\n|---|---|---|\n";
        String acme = "| Acme Cloud Hosting Incorporated | Hosting of production databases and nightly backups for all customers | United States |\n";
        String others = "| Beta Mail | Email | Ireland |\n| Gamma Desk | Support tickets | Germany |\n";
        String older = "## Subprocessors\n\n" + head + acme + others;
        String newer = "## Subprocessors\n\n" + head + others
                + acme.replace("nightly", "weekly").replace("United States", "United Kingdom");
        for (Element[] places : movedDownInBothViews(older, newer)) {
            Element arrived = places[0];
            String page = arrived.ownerDocument().body().html();
            assertEquals(List.of("weekly", "Kingdom"), arrived.select("td ins mark.diff-move-edit").eachText(), page);
            assertEquals(List.of("nightly", "States"), places[1].select("td del mark.diff-move-edit").eachText(), page);
            assertEquals(3, arrived.select("td > ins").size(), "each cell inserted, as an inserted row's are: " + page);
            assertEquals("Acme Cloud Hosting Incorporated", arrived.selectFirst("td").text().replace("moved here from above, edited", "")
                    .replaceAll("previous change|next change|[·|]", "").strip(), page);
        }
    }

    /** A change's links: in it, or for a table's head row on the inline view, just before the table. */
    private static Element links(Element change) {
        Element inside = change.selectFirst(".diff-nav-links");
        return inside != null ? inside : change.closest("table").previousElementSibling();
    }

    @Test
    void aChangedHeadRowKeepsItsLinksOutOfTheColumnNames() {
        String table = "| Vendor | Use |\n|---|---|\n| AWS | Hosting |\n\nUnchanged.\n\n";
        PolicyDiff d = diff("Intro.\n\n" + table + "End.\n", "Intro.\n\n" + table.replace("| Use |", "| Purpose |") + "End two.\n");
        Element inline = Jsoup.parse(DiffHtml.inline(d));
        assertTrue(inline.select("th .diff-nav-links, td .diff-nav-links").isEmpty(), inline.toString());
        Element before = inline.selectFirst("table.diff-table").previousElementSibling();
        assertTrue(before.hasClass("diff-nav-links"), inline.toString());
        assertEquals(List.of("#change-2"), before.select("a.diff-nav").eachAttr("href"));
        assertEquals("Purpose", inline.selectFirst("#change-1 ins").text());
        // a body row keeps its links in its first cell, at the right of its first line
        Element bodyRow = Jsoup.parse(DiffHtml.inline(diff("Intro.\n\n" + table + "End.\n",
                "Intro.\n\n" + table.replace("AWS", "GCP") + "End two.\n")));
        assertEquals(List.of("#change-2"), bodyRow.select("#change-1 > td:first-child > .diff-nav-links a").eachAttr("href"));
    }

    @Test
    void aBulletHoldingOnlyANumberedListIsNoEmptyChange() {
        // "- 1.<tab>text" makes a bullet whose only content is a numbered list; escaping the dot fixes it
        String older = "You will not publish a product that:\n\n- 1.\tViolates any applicable laws;\n"
                + "- 2.\tContains or installs any active malware;\n";
        String newer = "You will not publish a product that:\n\n- 1\\. Contains or installs any active malware;\n";
        assertReconstructs(render(older), render(newer), "bullet holding a numbered list");
        PolicyDiff d = diff(older, newer);
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = Jsoup.parse(fragment);
            assertTrue(body.select("li").stream().noneMatch(li -> li.text().isBlank()), "no empty bullet: " + fragment);
            assertEquals(List.of("Violates any applicable laws;"), body.select("li del").eachText(), fragment);
        }
    }

    /** The changed block or row whose move link reads {@code linkText}. */
    /**
     * For a block that moved down and was edited on the way: checks that both versions reconstruct and
     * that the page's legend explains the marks, and gives, in the inline and the side-by-side view,
     * its new place and its old one.
     */
    private static List<Element[]> movedDownInBothViews(String older, String newer) {
        assertReconstructs(render(older), render(newer), "moved and edited");
        PolicyDiff d = diff(older, newer);
        assertTrue(DiffHtml.both(d).movedEdits(), "the page's legend explains the marks");
        List<Element[]> places = new ArrayList<>();
        for (String fragment : List.of(DiffHtml.inline(d), DiffHtml.sideBySide(d))) {
            Element body = Jsoup.parse(fragment);
            places.add(new Element[] {movedPlace(body, "moved here from above, edited"), movedPlace(body, "moved below, edited")});
        }
        return places;
    }

    private static Element movedPlace(Element body, String linkText) {
        return body.select("a.diff-moved").stream().filter(a -> a.text().equals(linkText)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + linkText + " in " + body)).closest("[id^=change-]");
    }

    @Test
    void aMovedAndEditedClauseIsFoundInALongRewrite() {
        // the clause moves across an unchanged paragraph, so the alignment cannot pair it in place
        StringBuilder older = new StringBuilder("Upon request we will make a reasonable effort to provide a copy of your data.\n\n"
                + "This paragraph stays.\n\n");
        StringBuilder newer = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            // unrelated texts: no word in common, so each stands alone as deleted or inserted
            for (String letter : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
                older.append("old").append(i).append(letter).append(' ');
                newer.append("new").append(i).append(letter).append(' ');
            }
            older.append("\n\n");
            newer.append("\n\n");
        }
        newer.append("This paragraph stays.\n\nUpon request, we will make a reasonable effort to provide a copy of your account data.\n");
        List<String> moved = Jsoup.parse(DiffHtml.inline(diff(older.toString(), newer.toString()))).select("a.diff-moved").eachText();
        assertEquals(List.of("moved below, edited", "moved here from above, edited"), moved);
    }

    @Test
    void anEditedBlockOfADifferentTextIsNoMove() {
        PolicyDiff d = diff("Intro.\n\nAll staff complete security awareness training every year without exception.\n\n## End\n\nEnd.\n",
                "Intro.\n\n## End\n\nEnd.\n\nContractors sign a confidentiality agreement before they get any access.\n");
        assertTrue(Jsoup.parse(DiffHtml.inline(d)).select("a.diff-moved").isEmpty());
    }

    @Test
    void anAnchorOfTheTextKeepsItsIdOnceInEitherView() {
        String older = "<a name=\"fees\"></a>Fees are due monthly.\n\n<a name=\"vat\"></a>VAT is added.\n\nOther.\n";
        String newer = older.replace("VAT is added.", "VAT is included.").replace("Other.", "Other two.");
        // the anchor in the edited paragraph too: a link to #vat must land on the change
        for (Element body : eachIdOnce(older, newer, "fees", "vat")) {
            assertEquals(1, body.select(".diff-change #vat, .diff-new #vat").size(), body.html());
        }
    }

    @Test
    void aScreenReaderReadsUnchangedTextOnceAndHearsWhichSideAChangeIsOn() {
        PolicyDiff d = diff("See [the DPA](dpa.html).\n\nWe keep logs 90 days.\n", "See [the DPA](dpa.html).\n\nWe keep logs 30 days.\n");
        Element body = org.jsoup.Jsoup.parseBodyFragment(DiffHtml.sideBySide(d)).body();
        Element equal = body.selectFirst(".diff-row.diff-equal");
        assertEquals("true", equal.selectFirst(".diff-old").attr("aria-hidden"), "read once, from the newer column");
        assertEquals("-1", equal.selectFirst(".diff-old a").attr("tabindex"), "hidden content takes no focus");
        assertFalse(equal.selectFirst(".diff-new").hasAttr("aria-hidden"));
        assertFalse(equal.selectFirst(".diff-new a").hasAttr("tabindex"));
        Element changed = body.selectFirst(".diff-row.diff-change");
        assertEquals("Before:", changed.selectFirst(".diff-old > .sr-only").text());
        assertEquals("After:", changed.selectFirst(".diff-new > .sr-only").text());
    }

    @Test
    void aFootnoteReferenceKeepsItsIdOnceInEitherView() {
        String older = "Logs are kept 90 days[^1].\n\nBackups run nightly.\n\n[^1]: Longer where law requires.\n";
        String newer = older.replace("nightly", "hourly");
        eachIdOnce(older, newer, "fnref-1");
    }

    @Test
    void anAnchorInAChangedHeadingIsTheNewerVersionsOnly() {
        String older = "## 4. Fees <a name=\"fees\"></a>\n\nPay monthly.\n\n## 5. Other <a name=\"gone\"></a>\n\nText.\n";
        String newer = "## 3. Fees <a name=\"fees\"></a>\n\nPay monthly.\n\n## 5. Others <a name=\"new\"></a>\n\nText.\n";
        List<Element> views = eachIdOnce(older, newer, "fees", "new");
        views.forEach(body -> assertTrue(body.select("#gone").isEmpty(), body.html()));
        assertTrue(views.get(1).select(".diff-old a[id]").isEmpty(), views.get(1).html());
    }

    @Test
    void anAnchorNamedLikeAChangeLeavesTheChangesIdsUnique() {
        String older = "Intro.\n\n<a name=\"change-1\"></a>Fees are due monthly.\n\n<a name=\"change-2\"></a>New.\n";
        String newer = "Intro two.\n\n<a name=\"change-1\"></a>Fees are due yearly.\n\n<a name=\"change-2\"></a>New.\n";
        for (Element body : eachIdOnce(older, newer, "change-1", "change-2")) {
            assertTrue(body.selectFirst("#change-2").hasClass("diff-change"), body.html());
        }
    }

    /** The inline and side-by-side views, checked to reconstruct both versions and to hold each id once. */
    private static List<Element> eachIdOnce(String older, String newer, String... ids) {
        PolicyDiff d = diff(older, newer);
        assertReconstructs(render(older), render(newer), String.join(", ", ids));
        List<Element> views = List.of(parse(DiffHtml.inline(d)), parse(DiffHtml.sideBySide(d)));
        for (Element body : views) {
            for (String id : ids) {
                assertEquals(1, body.select("[id=" + id + "]").size(), id + " in " + body.html());
            }
        }
        return views;
    }

    @Test
    void unchangedBlocksAreWrittenAsRendered() {
        String inline = DiffHtml.inline(diff(POLICY, POLICY.replace("## Review", "## Reviews")));
        assertTrue(inline.contains(render(POLICY).blocks().get(1).html()), inline);
        assertTrue(inline.contains("<h2 id=\"scope\">Scope</h2>"), inline);
    }

    @Test
    void listsKeepDepthAndOrderedItemsTheirNumbers() {
        Element body = parse(DiffHtml.inline(diff(POLICY, POLICY.replace("Titan", "Titan M2"))));
        assertEquals(List.of("depth-0", "depth-1", "depth-1", "depth-0"),
                body.select("ul.diff-list > li").stream().map(li -> li.classNames().iterator().next()).toList());
        assertEquals(List.of("1", "2"), body.select("ol.diff-list > li").eachAttr("value"));
    }

    @Test
    void insertedAndDeletedBlocksAreWrappedWholeWithTheirOpClass() {
        Element body = parse(DiffHtml.inline(diff(POLICY, POLICY.replace("## Review", "## Logging\n\nAll logged.\n\n## Review")
                .replace("- Staff use an authenticator app\n", ""))));
        assertEquals("Staff use an authenticator app", body.selectFirst("li.diff-delete > del").text());
        assertEquals(List.of("Logging", "All logged."), body.select("div.diff-block.diff-insert > ins").eachText());
    }

    @Test
    void contentStrikethroughIsNotMistakenForADeletion() {
        Element body = parse(DiffHtml.inline(diff("Keep ~~old~~ text.\n\nOther.\n", "Keep ~~old~~ text.\n\nOther two.\n")));
        assertEquals("old", body.selectFirst("s").text());
        assertTrue(body.select("del").isEmpty());
    }

    @Test
    void headingIdsAppearOnlyOnTheNewerSideAndNeverCollideWithChangeAnchors() {
        String side = DiffHtml.sideBySide(diff("## Change 1\n\nText.\n", "## Change 1\n\nText two.\n"));
        Element body = parse(side);
        assertNull(body.selectFirst(".diff-old [id]"));
        assertEquals(List.of("change-1"), body.select("[id]").eachAttr("id"));
    }

    @Test
    void sideBySideRowsPairOlderAndNewerColumns() {
        PolicyDiff d = diff(POLICY, POLICY.replace("## Review", "## Logging\n\nAll logged.\n\n## Review"));
        Element body = org.jsoup.Jsoup.parseBodyFragment(DiffHtml.sideBySide(d)).body();
        assertEquals(d.blocks().size(), body.select(".diff-side > .diff-row").size());
        assertEquals(2, body.select(".diff-row.diff-insert > .diff-old.diff-empty").size());
        assertTrue(body.select(".diff-row").stream().allMatch(r -> r.select("> .diff-old, > .diff-new").size() == 2));
    }

    private static final class Jsoup {
        static Element parse(String html) {
            return org.jsoup.Jsoup.parseBodyFragment(html).body();
        }
    }
}
