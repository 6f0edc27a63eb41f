package dev.trustcenter.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordModelTest {

    public record Inner(String label, int count) {
    }

    public record Outer(String title, String missing, boolean flag, int number, List<Inner> items, Inner inner,
                        Map<String, Object> extra) {
        public String shout() {
            return title.toUpperCase(java.util.Locale.ROOT);
        }

        public String greet(String who) {
            return "hello " + who;
        }
    }

    record Hidden(String name) {
    }

    public record Comparable(int n) implements java.lang.Comparable<Comparable> {
        @Override
        public int compareTo(Comparable o) {
            return Integer.compare(n, o.n);
        }
    }

    private static final String PROBE = String.join("|",
            "${page.title}", "${page.title()}", "${page.missing!\"none\"}", "${page.missing???c}",
            "${page.flag?c}", "${page.number?c}", "${page.number + 1}",
            "<#list page.items as i>${i.label}=${i.count}<#sep>,</#list>", "${page.items?size}",
            "${page.inner.label}", "${page.inner.count()}", "${page.extra.owner}", "${page.extra.owner?has_content?c}",
            "${page.shout()}", "${page.greet(\"you\")}", "${page.title?has_content?c}", "${page.inner?has_content?c}",
            "${page.nothing!\"no such key\"}", "<#list page.inner?keys?sort as k>${k}<#sep>,</#list>",
            "${page.title} again", "${page.inner.label} again");

    private static final Outer OUTER = new Outer("Access <Control>", null, true, 41,
            List.of(new Inner("a", 1), new Inner("b", 2)), new Inner("in & out", 3), Map.of("owner", "IT"));

    private static String render(DefaultObjectWrapper wrapper, Object view) throws Exception {
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setObjectWrapper(wrapper);
        c.setNumberFormat("computer");
        Template t = new Template("probe.ftlh", new StringReader(PROBE), c);
        StringWriter out = new StringWriter();
        t.process(Map.of("page", wrapper.wrap(view)), out);
        return out.toString();
    }

    @Test
    void templatesReadARecordAsFreeMarkersOwnModelWould() throws Exception {
        String own = render(new DefaultObjectWrapper(Configuration.VERSION_2_3_35), OUTER);
        String fast = render(new ViewObjectWrapper(Configuration.VERSION_2_3_35), OUTER);

        assertEquals(own, fast);
        assertEquals("Access &lt;Control&gt;|Access &lt;Control&gt;|none|false|true|41|42|a=1,b=2|2|in &amp; out|3|IT|true"
                + "|ACCESS &lt;CONTROL&gt;|hello you|true|true|no such key|class,count,equals,getClass,hashCode,label,toString|Access &lt;Control&gt; again|in &amp; out again",
                fast);
    }

    @Test
    void publicRecordsAreReadThroughTheirAccessorsOthersKeepFreeMarkersModel() throws Exception {
        ViewObjectWrapper wrapper = new ViewObjectWrapper(Configuration.VERSION_2_3_35);

        assertInstanceOf(RecordModel.class, wrapper.wrap(OUTER));
        assertNotNull(RecordModel.of(new Inner("x", 1), wrapper));
        assertNull(RecordModel.of(new Hidden("x"), wrapper));
        assertNull(RecordModel.of(new Comparable(1), wrapper), "records with interfaces keep FreeMarker's model");
    }
}
