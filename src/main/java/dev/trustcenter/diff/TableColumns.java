package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Tables that gained or lost columns. Rows pair only with rows of as many cells (a cell reads by
 * its column), so a column added to a subprocessor list made every row read as deleted and added
 * again. When the k-th table of each version has the other's column names in order plus some, the
 * narrower table's rows get an empty cell where each missing column stands: the new column then
 * shows as words added in its cells, a removed one as words removed.
 */
final class TableColumns {

    /** Both versions' blocks, the narrower tables' rows widened. */
    record Widened(List<Block> older, List<Block> newer) {
    }

    private TableColumns() {
    }

    static Widened widen(List<Block> older, List<Block> newer) {
        List<int[]> a = tables(older);
        List<int[]> b = tables(newer);
        if (a.isEmpty() || a.size() != b.size()) {
            return new Widened(older, newer);
        }
        List<Block> o = older;
        List<Block> n = newer;
        for (int k = 0; k < a.size(); k++) {
            List<String> olderColumns = older.get(a.get(k)[0]).cells();
            List<String> newerColumns = newer.get(b.get(k)[0]).cells();
            if (olderColumns.size() < newerColumns.size()) {
                List<Integer> added = missing(olderColumns, newerColumns);
                if (added != null) {
                    o = o == older ? new ArrayList<>(older) : o;
                    widenRows(o, a.get(k), olderColumns.size(), added);
                }
            } else if (olderColumns.size() > newerColumns.size()) {
                List<Integer> removed = missing(newerColumns, olderColumns);
                if (removed != null) {
                    n = n == newer ? new ArrayList<>(newer) : n;
                    widenRows(n, b.get(k), newerColumns.size(), removed);
                }
            }
        }
        return new Widened(o, n);
    }

    /** Each table as {first row, end}: a head row and the rows after it. */
    private static List<int[]> tables(List<Block> blocks) {
        List<int[]> tables = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean startsTable = b.kind() == Block.Kind.TABLE_ROW && b.header()
                    && (i == 0 || blocks.get(i - 1).kind() != Block.Kind.TABLE_ROW || !blocks.get(i - 1).header());
            if (startsTable) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).kind() == Block.Kind.TABLE_ROW
                        && !(blocks.get(end).header() && !blocks.get(end - 1).header())) {
                    end++;
                }
                tables.add(new int[] {i, end});
                i = end - 1;
            }
        }
        return tables;
    }

    /**
     * Where in {@code wider} the columns of {@code narrower} are not, when {@code narrower}'s names
     * are {@code wider}'s in order with some left out; null otherwise (a column renamed, say).
     */
    private static List<Integer> missing(List<String> narrower, List<String> wider) {
        List<Integer> missing = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < wider.size(); i++) {
            if (j < narrower.size() && name(narrower.get(j)).equals(name(wider.get(i)))) {
                j++;
            } else {
                missing.add(i);
            }
        }
        return j == narrower.size() ? missing : null;
    }

    private static String name(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    private static void widenRows(List<Block> blocks, int[] table, int columns, List<Integer> at) {
        for (int i = table[0]; i < table[1]; i++) {
            Block row = blocks.get(i);
            if (row.cells().size() == columns) {
                blocks.set(i, widened(row, at));
            }
        }
    }

    /** The row with an empty cell at each of {@code at} (positions in the widened row, ascending). */
    private static Block widened(Block row, List<Integer> at) {
        List<String> cellHtml = new ArrayList<>();
        for (Element cell : row.root().children()) {
            cellHtml.add(cell.outerHtml());
        }
        List<String> cells = new ArrayList<>(row.cells());
        String empty = row.header() ? "<th></th>" : "<td></td>";
        for (int p : at) {
            cellHtml.add(p, empty);
            cells.add(p, "");
        }
        String html = "<tr>" + String.join("", cellHtml) + "</tr>";
        String text = Jsoup.parseBodyFragment("<table><tbody>" + html + "</tbody></table>").selectFirst("tr").text();
        return new Block(row.kind(), row.depth(), row.sectionId(), text, html, cells, row.header());
    }
}
