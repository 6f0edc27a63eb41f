package dev.trustcenter.content;

import dev.trustcenter.diag.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A front-matter mapping with its file position. Values come from a real YAML 1.2 parser (so
 * dates stay strings until we validate them); key lines are looked up only when a fault needs one.
 *
 * @param readable false when the front matter is not a YAML mapping (the fault is reported): its
 *                 values are then unknown rather than absent
 */
record YamlMapping(String path, String yaml, int firstLine, Map<String, Object> values, boolean readable) {

    YamlMapping(String path, String yaml, int firstLine, Map<String, Object> values) {
        this(path, yaml, firstLine, values, true);
    }

    // Front matter is small and written by people: refuse YAML bombs and duplicate keys.
    private static final LoadSettings SETTINGS = LoadSettings.builder().setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(20).setLabel("front matter").build();

    static YamlMapping parse(String path, String yaml, int firstLine, PolicyParser.Reporter report) {
        if (yaml.isBlank()) {
            return new YamlMapping(path, yaml, firstLine, Map.of());
        }
        Object loaded;
        try {
            loaded = new Load(settings()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            report.fault(position(path, firstLine, e), "front matter is not valid YAML: " + problem(e));
            return new YamlMapping(path, yaml, firstLine, Map.of(), false);
        } catch (StackOverflowError e) {
            // the YAML parser recurses once per level of nesting
            report.fault(new SourcePosition(path, firstLine), "front matter nests brackets or lists too deeply to be read");
            return new YamlMapping(path, yaml, firstLine, Map.of(), false);
        }
        if (loaded == null) {
            return new YamlMapping(path, yaml, firstLine, Map.of());
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            report.fault(new SourcePosition(path, firstLine),
                    "front matter must be a mapping of keys to values, like 'title: Security policy'");
            return new YamlMapping(path, yaml, firstLine, Map.of(), false);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
        return new YamlMapping(path, yaml, firstLine, values);
    }

    /** A text value; a list (two owners, say) reads as its items joined by commas, not as "[a, b]". */
    /** Whether {@code key} holds a mapping, or a list holding one or a list: not text to show. */
    boolean structured(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> || v instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map<?, ?> || item instanceof List<?>);
    }

    String string(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).map(item -> String.valueOf(item).trim())
                    .collect(Collectors.joining(", "));
        }
        return v == null ? null : String.valueOf(v).trim();
    }

    /** The line of {@code key} in the file, or the front matter's first line. */
    SourcePosition position(String key) {
        return position(key, false);
    }

    /** With {@code column}, also the 1-based column where the key's value starts. */
    SourcePosition position(String key, boolean column) {
        try {
            Optional<Node> root = new Compose(settings()).composeString(yaml);
            if (root.isPresent() && root.get() instanceof MappingNode mapping) {
                for (NodeTuple t : mapping.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        Optional<Mark> mark = t.getValueNode().getStartMark();
                        int line = mark.map(Mark::getLine).orElse(0);
                        int col = column ? mark.map(m -> m.getColumn() + 1).orElse(0) : 0;
                        return new SourcePosition(path, firstLine + line, col);
                    }
                }
            }
        } catch (YamlEngineException e) {
            // values parsed, so this cannot happen; fall back to the front matter's start
        }
        return new SourcePosition(path, firstLine);
    }

    static SourcePosition position(String path, int firstLine, YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException m) {
            // Unclosed brackets and quotes are found at the end of the front matter; the line to fix
            // is where they were opened.
            Optional<Mark> mark = unclosed(m) ? m.getContextMark() : m.getProblemMark().or(m::getContextMark);
            if (mark.isPresent()) {
                return new SourcePosition(path, firstLine + mark.get().getLine(), mark.get().getColumn() + 1);
            }
        }
        return new SourcePosition(path, firstLine);
    }

    static String problem(YamlEngineException e) {
        if (e instanceof MarkedYamlEngineException m && m.getProblem() != null) {
            // the parser's words for a line that fits neither the block above it nor a new key
            if (m.getProblem().startsWith("expected <block end>")) {
                return m.getProblem() + " (is this line indented like the lines above it, and does it start with 'key:'?)";
            }
            return unclosed(m)
                    ? m.getContext().replace("while parsing ", "").replace("while scanning ", "") + " opened here is not closed: "
                            + m.getProblem() + " (is a bracket or quote left open?)"
                    : m.getProblem();
        }
        String msg = String.valueOf(e.getMessage());
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }

    /**
     * A flow collection ({@code [}, {@code {}) or a quoted string that runs on, past its line, until
     * the parser gives up: the line to fix is where it opened. Trouble on its own line is just there.
     */
    private static boolean unclosed(MarkedYamlEngineException m) {
        String context = m.getContext();
        return context != null && m.getContextMark().isPresent() && m.getProblemMark().isPresent()
                && (context.startsWith("while parsing a flow") || context.startsWith("while scanning a quoted scalar"))
                && m.getProblemMark().get().getLine() > m.getContextMark().get().getLine();
    }

    /** Built once: settings are immutable, and building them cost a fifth of a front matter's parse. */
    static LoadSettings settings() {
        return SETTINGS;
    }
}
