package dev.trustcenter.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.trustcenter.view.PolicyJson;
import dev.trustcenter.view.SiteView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Writes {@code policies.json}: the site, then each policy as its {@link PolicyJson} record, keys
 * in record-component order so the file is byte-stable.
 */
final class PoliciesJsonWriter {

    static final int FORMAT_VERSION = 1;

    /** Looked up once per class: the lookup copies the components, and a site has thousands of records. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private PoliciesJsonWriter() {
    }

    static byte[] write(SiteView site, List<PolicyJson> policies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            // A fixed line feed: the system separator would make the file differ between machines.
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeStringField("title", site.title());
            g.writeStringField("company", site.company());
            g.writeStringField("baseUrl", site.baseUrl());
            g.writeStringField("generated", site.generatedIso());
            g.writeStringField("commit", site.commit().isEmpty() ? null : site.commit());
            g.writeFieldName("policies");
            value(g, policies);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Record r) {
            record(g, r);
        } else {
            throw new IllegalArgumentException("policies.json has no representation for " + v.getClass());
        }
    }

    private static void record(JsonGenerator g, Record r) throws IOException {
        g.writeStartObject();
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            g.writeFieldName(c.getName());
            try {
                value(g, c.getAccessor().invoke(r));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass(), e);
            }
        }
        g.writeEndObject();
    }
}
