package dev.trustcenter.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.trustcenter.diag.Diagnostic;
import dev.trustcenter.diag.SourcePosition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What {@code check} found, sorted by path, line and column. Every position has a line and a
 * column (1 when the finding is about the whole file or key), so each printed line reads
 * {@code path:line:column: severity: message} as editors and CI problem matchers expect.
 *
 * @param policies number of policy files checked
 * @param dropped  findings past the collector's limit, counted but not listed
 */
public record CheckReport(List<Diagnostic> diagnostics, int policies, int dropped) {

    public CheckReport {
        diagnostics = diagnostics.stream().map(CheckReport::withColumn).sorted().distinct().toList();
    }

    /** The same findings with every warning made an error ({@code --strict}). */
    public CheckReport strict() {
        return new CheckReport(diagnostics.stream().map(d -> Diagnostic.error(d.position(), d.message())).toList(),
                policies, dropped);
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }

    /** One finding per line, each ended by '\n'. */
    public String text() {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d).append('\n'));
        return out.toString();
    }

    /** "2 errors, 1 warning in 7 policies". */
    public String summary() {
        return plural(errors(), "error") + ", " + plural(warnings(), "warning") + " in " + plural(policies, "policy")
                + (dropped > 0 ? " (" + dropped + " more not shown)" : "");
    }

    private static String plural(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    /** {@code {"errors":1,"warnings":2,"policies":7,"diagnostics":[{"path","line","column","severity","message"}]}}. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeNumberField("errors", errors());
            g.writeNumberField("warnings", warnings());
            g.writeNumberField("policies", policies);
            g.writeNumberField("notShown", dropped);
            g.writeArrayFieldStart("diagnostics");
            for (Diagnostic d : diagnostics) {
                g.writeStartObject();
                g.writeStringField("path", d.position().path());
                g.writeNumberField("line", d.position().line());
                g.writeNumberField("column", d.position().column());
                g.writeStringField("severity", d.severity().label());
                g.writeStringField("message", d.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static Diagnostic withColumn(Diagnostic d) {
        SourcePosition p = d.position();
        if (p.line() > 0 && p.column() > 0) {
            return d;
        }
        return new Diagnostic(d.severity(), new SourcePosition(p.path(), Math.max(1, p.line()), Math.max(1, p.column())),
                d.message());
    }
}
