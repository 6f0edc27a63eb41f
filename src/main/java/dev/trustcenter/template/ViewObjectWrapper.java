package dev.trustcenter.template;

import dev.trustcenter.diff.Utf8Html;
import freemarker.core.Environment;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * FreeMarker's default wrapping of the view records (read faster, see {@link RecordModel}), plus
 * {@link Utf8Html}: a string for {@code ${x?no_esc}}, and a directive {@code <@x/>} that copies the
 * encoded bytes into the page.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {

    ViewObjectWrapper(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Utf8Html html) {
            return new HtmlModel(html);
        }
        RecordModel record = obj instanceof Record ? RecordModel.of(obj, this) : null;
        return record != null ? record : super.handleUnknownType(obj);
    }

    /** Receives encoded HTML as it is; see {@link HtmlModel}. */
    interface Utf8Sink {
        void writeUtf8(byte[] encoded);
    }

    private record HtmlModel(Utf8Html html) implements TemplateScalarModel, TemplateDirectiveModel {

        @Override
        public String getAsString() {
            return html.toString();
        }

        @Override
        @SuppressWarnings("rawtypes") // FreeMarker's interface
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateModelException, IOException {
            if (!params.isEmpty() || loopVars.length > 0 || body != null) {
                throw new TemplateModelException("HTML is printed as <@x/>: no parameters, loop variables or body");
            }
            Writer out = env.getOut();
            if (out instanceof Utf8Sink sink) {
                html.forEachPiece(sink::writeUtf8);
            } else {
                // inside a capture (<#assign x><@y/></#assign>) the output is text
                out.write(html.toString());
            }
        }
    }
}
