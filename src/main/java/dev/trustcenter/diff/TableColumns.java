package dev.trustcenter.diff;

import dev.trustcenter.markdown.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Tables that gained or lost columns. Rows pair only with rows of as many cells (a cell reads by
 * its column), so a column added to a subprocessor list made every row read as deleted and added
 * again. When the k-th table of each version has the other's columns in order plus some (a column
 * known by its name, or by its cells when it was renamed too), the narrower table's rows get an
 * empty cell where each missing column stands: the new column then shows as words added in its
 * cells, a removed one as words removed.
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
            Columns olderColumns = new Columns(older, a.get(k));
            Columns newerColumns = new Columns(newer, b.get(k));
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
     * Where in {@code wider} the columns of {@code narrower} are not, when each of {@code narrower}'s
     * columns is one of {@code wider}'s in order, by its name or, renamed, by its cells; null
     * otherwise (the table was rebuilt).
     */
    private static List<Integer> missing(Columns narrower, Columns wider) {
        List<Integer> byName = missing(narrower, wider, false);
        return byName != null ? byName : missing(narrower, wider, true);
    }

    /** @param byCells also pair a column with one of another name, when neither name is in the other table */
    private static List<Integer> missing(Columns narrower, Columns wider, boolean byCells) {
        List<Integer> missing = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < wider.size(); i++) {
            if (j < narrower.size() && (narrower.sameName(j, wider, i) || byCells && narrower.renamed(j, wider, i))) {
                j++;
            } else {
                missing.add(i);
            }
        }
        return j == narrower.size() ? missing : null;
    }

    /** A table's column names and, read when a name does not match, the cells under each. */
    private static final class Columns {
        private final List<Block> blocks;
        private final int[] table;
        private final List<String> names;
        private List<List<String>> cells;

        Columns(List<Block> blocks, int[] table) {
            this.blocks = blocks;
            this.table = table;
            this.names = blocks.get(table[0]).cells();
        }

        /** The cells of each column, from the table's rows of as many cells as names. */
        private List<List<String>> cells() {
            if (cells == null) {
                cells = new ArrayList<>();
                for (int c = 0; c < names.size(); c++) {
                    cells.add(new ArrayList<>());
                }
                for (int i = table[0] + 1; i < table[1]; i++) {
                    Block row = blocks.get(i);
                    if (!row.header() && row.cells().size() == names.size()) {
                        for (int c = 0; c < names.size(); c++) {
                            cells.get(c).add(name(row.cells().get(c)));
                        }
                    }
                }
            }
            return cells;
        }

        int size() {
            return names.size();
        }

        boolean sameName(int column, Columns other, int otherColumn) {
            return name(names.get(column)).equals(name(other.names.get(otherColumn)));
        }

        /**
         * A column renamed ("Purpose" to "Service"): neither name is in the other table, and at least
         * half of its non-empty cells are among the other column's.
         */
        boolean renamed(int column, Columns other, int otherColumn) {
            if (other.hasName(names.get(column)) || hasName(other.names.get(otherColumn))) {
                return false;
            }
            List<String> mine = cells().get(column).stream().filter(c -> !c.isEmpty()).toList();
            Set<String> theirs = new HashSet<>(other.cells().get(otherColumn));
            long shared = mine.stream().filter(theirs::contains).count();
            return !mine.isEmpty() && shared * 2 >= mine.size();
        }

        private boolean hasName(String name) {
            return names.stream().anyMatch(n -> name(n).equals(name(name)));
        }
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
