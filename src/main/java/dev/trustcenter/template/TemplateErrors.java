package dev.trustcenter.template;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.SourcePosition;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.function.UnaryOperator;

/**
 * Turns FreeMarker's exceptions into {@code <folder>/<name>:<line>: message} errors, the folder
 * being where the template was read ({@code templates} for the default theme's).
 */
final class TemplateErrors {

    private TemplateErrors() {
    }

    static SourceException fromTemplateException(String rendered, TemplateException e, UnaryOperator<String> path) {
        // A syntax error in an imported or included template arrives wrapped; its own position is the useful one.
        if (e.getCause() instanceof ParseException parse) {
            return fromParseException(rendered, parse, path);
        }
        SourcePosition at = position(e.getTemplateSourceName(), rendered, e.getLineNumber(), path);
        return new SourceException(at, headline(e.getMessageWithoutStackTop()), e);
    }

    static SourceException fromParseException(String rendered, ParseException e, UnaryOperator<String> path) {
        SourcePosition at = position(e.getTemplateName(), rendered, e.getLineNumber(), path);
        return new SourceException(at, headline(e.getEditorMessage()), e);
    }

    private static SourcePosition position(String templateName, String rendered, Integer line, UnaryOperator<String> path) {
        String name = templateName == null ? rendered : templateName;
        return new SourcePosition(path.apply(name), line == null ? 0 : line);
    }

    /**
     * FreeMarker's message up to its first blank line or "----" tip block, on one line: the
     * position is printed separately and the tips would bury the cause.
     */
    static String headline(String message) {
        if (message == null || message.isBlank()) {
            return "template error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            if (line.isBlank() || line.startsWith("----")) {
                break;
            }
            out.append(out.length() == 0 ? "" : " ").append(line.strip());
        }
        return out.toString().replace("==> ", "").replaceAll("\\s+", " ");
    }
}
