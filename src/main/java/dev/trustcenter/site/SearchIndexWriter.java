package dev.trustcenter.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.trustcenter.view.SearchEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code search-index.json}: every section of every current policy, in site order, on one
 * line each. The browser builds the lunr index from it (a prebuilt index would need lunr itself at
 * build time, and is larger than the text it indexes).
 */
final class SearchIndexWriter {

    static final int FORMAT_VERSION = 1;

    private SearchIndexWriter() {
    }

    static byte[] write(List<SearchEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeFieldName("documents");
            g.writeStartArray();
            for (SearchEntry e : entries) {
                g.writeRaw("\n");
                g.writeStartObject();
                g.writeStringField("policy", e.policy());
                g.writeStringField("section", e.section());
                g.writeStringField("url", e.url());
                g.writeStringField("text", e.text());
                g.writeEndObject();
            }
            g.writeRaw("\n");
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
