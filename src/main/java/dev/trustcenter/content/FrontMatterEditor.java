package dev.trustcenter.content;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Sets one top-level front-matter key in a policy file's text and leaves every other byte as it
 * was: comments, key order, other keys, quoting, line endings, a byte-order mark. The YAML parser
 * only finds where the value sits; the edit itself is a splice of the text.
 */
public final class FrontMatterEditor {

    /** What an edit did. */
    public enum Kind { REPLACED, UNCHANGED, ADDED, CREATED }

    /**
     * The edited text.
     *
     * @param previous the key's previous value as written (without quotes); null when it was missing
     */
    public record Edit(String text, Kind kind, String previous) {
    }

    private FrontMatterEditor() {
    }

    /**
     * Sets {@code key} to {@code value}, a string that YAML reads as itself when written plain (a
     * date, a word). An existing value keeps its quoting style; a missing key is added as the last
     * line of the front matter; a file without front matter gets one holding only the key.
     *
     * @throws SourceException when the front matter is not valid YAML, is not a block mapping that a
     *                         line can be added to, or holds the key as something other than a scalar
     */
    public static Edit set(String path, String text, String key, String value) {
        String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        String t = text.substring(bom.length());
        FrontMatterSplitter parts = FrontMatterSplitter.split(path, t);
        String eol = lineEnding(t);
        if (parts.bodyLine() == 1) {
            return new Edit(bom + "---" + eol + key + ": " + value + eol + "---" + eol + t, Kind.CREATED, null);
        }
        int yamlStart = t.indexOf('\n') + 1;
        String yaml = parts.yaml();
        Optional<Node> root = compose(path, yaml, parts.yamlLine());
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            throw new SourceException(new SourcePosition(path, parts.yamlLine()),
                    "front matter must be a mapping of keys to values, like 'title: Security policy'");
        }
        MappingNode mapping = (MappingNode) root.orElse(null);
        NodeTuple entry = mapping == null ? null : find(mapping, key);
        if (entry == null) {
            if (mapping != null && mapping.getFlowStyle() == FlowStyle.FLOW) {
                throw new SourceException(new SourcePosition(path, parts.yamlLine()), "front matter is written as one"
                        + " {…} mapping; add '" + key + ": " + value + "' to it by hand");
            }
            int at = yamlStart + yaml.length();
            return new Edit(bom + t.substring(0, at) + key + ": " + value + eol + t.substring(at), Kind.ADDED, null);
        }
        return replace(path, bom, t, yamlStart, parts.yamlLine(), entry, key, value);
    }

    /** The line of a top-level key in a file's front matter, or its first line when the key is missing. */
    public static SourcePosition position(String path, String text, String key) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        FrontMatterSplitter parts = FrontMatterSplitter.split(path, t);
        return new YamlMapping(path, parts.yaml(), parts.yamlLine(), java.util.Map.of()).position(key);
    }

    private static Edit replace(String path, String bom, String t, int yamlStart, int yamlLine, NodeTuple entry,
                                String key, String value) {
        Node node = entry.getValueNode();
        int line = yamlLine + node.getStartMark().map(Mark::getLine).orElse(0);
        if (!(node instanceof ScalarNode scalar)) {
            throw new SourceException(new SourcePosition(path, line), key + " must be a date like " + value
                    + ", not a list or mapping");
        }
        String quoted = switch (scalar.getScalarStyle()) {
            case PLAIN -> value;
            case SINGLE_QUOTED -> "'" + value + "'";
            case DOUBLE_QUOTED -> "\"" + value + "\"";
            default -> throw new SourceException(new SourcePosition(path, line), key
                    + " is written as a block scalar (| or >); write it on one line, like '" + key + ": " + value + "'");
        };
        String yaml = t.substring(yamlStart);
        int start = yamlStart + charOffset(yaml, node.getStartMark().orElseThrow().getIndex());
        int end = yamlStart + charOffset(yaml, node.getEndMark().orElseThrow().getIndex());
        String previous = scalar.getValue().isEmpty() ? null : scalar.getValue();
        if (value.equals(previous)) {
            return new Edit(bom + t, Kind.UNCHANGED, previous);
        }
        // "last_reviewed:" with nothing after it: the empty value sits right after the colon
        String gap = start == end && start > 0 && t.charAt(start - 1) == ':' ? " " : "";
        return new Edit(bom + t.substring(0, start) + gap + quoted + t.substring(end), Kind.REPLACED, previous);
    }

    private static Optional<Node> compose(String path, String yaml, int firstLine) {
        try {
            return new Compose(YamlMapping.settings()).composeString(yaml);
        } catch (YamlEngineException e) {
            throw new SourceException(YamlMapping.position(path, firstLine, e),
                    "front matter is not valid YAML: " + YamlMapping.problem(e));
        }
    }

    private static NodeTuple find(MappingNode mapping, String key) {
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }

    /** The parser counts code points; Java strings count UTF-16 units (an emoji in a title is two). */
    private static int charOffset(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    /** The file's own line ending, judged by its first line; a file with none gets {@code \n}. */
    private static String lineEnding(String t) {
        int nl = t.indexOf('\n');
        return nl > 0 && t.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
