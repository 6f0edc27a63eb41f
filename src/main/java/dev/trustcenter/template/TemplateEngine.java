package dev.trustcenter.template;

import dev.trustcenter.diag.SourceException;
import dev.trustcenter.diag.UserException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Renders a named template with a view record, using one FreeMarker {@link Configuration} built in
 * the constructor. Templates are looked up per file in the repository's {@code templates/} folder,
 * then in the default theme in the jar ({@value #JAR_TEMPLATES}).
 *
 * <p>Thread-safe: {@link #render} may be called from several threads at once. The configuration is
 * never changed after construction, which is what FreeMarker requires for concurrent use; each call
 * gets its own processing environment and writer.
 */
public final class TemplateEngine {

    /** Where the pom packages the top-level {@code templates/} folder inside the jar. */
    static final String JAR_TEMPLATES = "/dev/trustcenter/templates";

    private static final ThreadLocal<Utf8Writer> BUFFERS = ThreadLocal.withInitial(Utf8Writer::new);

    /** Each view record's {@code site()} accessor, looked up once per class rather than once per page. */
    private static final ClassValue<Method> SITE_ACCESSORS = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals("site")) {
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    private final Path repoTemplatesDir;
    private final Configuration config;

    /**
     * @param repoTemplatesDir the repository's {@code templates/} folder; null or a missing folder
     *                         means the default theme alone
     */
    public TemplateEngine(Path repoTemplatesDir) {
        this.repoTemplatesDir = repoTemplatesDir != null && Files.isDirectory(repoTemplatesDir)
                ? repoTemplatesDir : null;
        this.config = configuration(loader(this.repoTemplatesDir));
    }

    /**
     * Where a writer finds a template: {@code templates/<name>} in a repository's own folder (as
     * content errors name files from its root) or in the default theme; in a folder given with
     * {@code --templates} elsewhere, that folder as given.
     */
    private String shownPath(String name) {
        if (repoTemplatesDir == null || !Files.isRegularFile(repoTemplatesDir.resolve(name))) {
            return "templates/" + name;
        }
        Path parent = repoTemplatesDir.toAbsolutePath().getParent();
        boolean repositorys = repoTemplatesDir.getFileName().toString().equals("templates")
                && parent != null && Files.exists(parent.resolve(".git"));
        return repositorys ? "templates/" + name : repoTemplatesDir.resolve(name).toString();
    }

    /**
     * Renders {@code templateName} (e.g. {@code "policy.ftlh"}) with {@code page} = {@code view} and
     * {@code site} = {@code view.site()} when the view is a record with a {@code site} component.
     *
     * @throws SourceException at {@code templates/<name>:<line>} for an error in a template
     * @throws UserException   when no template of that name exists or it cannot be read
     */
    public String render(String templateName, Object view) {
        return new String(renderBytes(templateName, view), StandardCharsets.UTF_8);
    }

    /** As {@link #render}, as the UTF-8 bytes of a file. */
    public byte[] renderBytes(String templateName, Object view) {
        Objects.requireNonNull(templateName, "templateName");
        Objects.requireNonNull(view, "view: every template needs a page to render");
        Utf8Writer out = BUFFERS.get();
        out.reset();
        try {
            config.getTemplate(templateName).process(model(view, config.getObjectWrapper()), out);
            return out.toByteArray();
        } catch (TemplateException e) {
            throw TemplateErrors.fromTemplateException(templateName, e, this::shownPath);
        } catch (ParseException e) {
            throw TemplateErrors.fromParseException(templateName, e, this::shownPath);
        } catch (TemplateNotFoundException e) {
            throw new UserException("template '" + templateName + "' not found in " + searchedPlaces(), e);
        } catch (IOException e) {
            throw new UserException("cannot read template '" + templateName + "': " + e.getMessage(), e);
        }
    }

    /**
     * The theme's static files, to be copied into the site's {@code assets/} folder, keyed by path
     * relative to {@code templates/static/} and sorted: the default theme's files, each replaced by the
     * repository's file of the same name, plus every other file in the repository's
     * {@code templates/static/}. Returns a new map on every call.
     */
    public Map<String, byte[]> staticFiles() {
        try {
            return ThemeAssets.collect(repoTemplatesDir == null ? null : repoTemplatesDir.resolve("static"));
        } catch (UncheckedIOException e) {
            throw new UserException("cannot read templates/static/: " + e.getCause().getMessage(), e);
        }
    }

    private static TemplateLoader loader(Path repoDir) {
        TemplateLoader jar = new ClassTemplateLoader(TemplateEngine.class, JAR_TEMPLATES);
        if (repoDir == null) {
            return jar;
        }
        try {
            MultiTemplateLoader multi = new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(repoDir.toFile()), jar});
            multi.setSticky(false); // always ask the repository first, as the per-file override promises
            return multi;
        } catch (IOException e) {
            throw new UserException("cannot read templates folder " + repoDir + ": " + e.getMessage(), e);
        }
    }

    private static Configuration configuration(TemplateLoader loader) {
        // 2.3.33+ exposes record components as properties (${page.title}); see TemplateEngineTest.
        Configuration c = new Configuration(Configuration.VERSION_2_3_35);
        c.setObjectWrapper(new ViewObjectWrapper(Configuration.VERSION_2_3_35));
        c.setTemplateLoader(loader);
        c.setRecognizeStandardFileExtensions(true); // .ftlh → HTML escaping, .ftlx → XML escaping
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        // Output must not depend on the JVM's locale or zone; views carry preformatted dates anyway.
        c.setLocale(Locale.ENGLISH);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setLocalizedLookup(false); // no policy_en.ftlh probing
        // Load each template once: every page of a build sees the same theme even if a file changes meanwhile.
        c.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return c;
    }

    /**
     * {@code page} and {@code site}, wrapped once: a map's values are wrapped again on every lookup,
     * and a page's template reads them dozens of times.
     */
    private static TemplateHashModelEx model(Object view, ObjectWrapper wrapper) throws TemplateModelException {
        Object site = siteOf(view);
        return new Root(wrapper.wrap(view), site == null ? null : wrapper.wrap(site));
    }

    /**
     * The data model as a hash of its two variables, which every {@code ${page.…}} looks up: a
     * wrapped map found them through a map lookup and a wrapping call each time.
     */
    private record Root(TemplateModel page, TemplateModel site) implements TemplateHashModelEx {

        @Override
        public TemplateModel get(String key) {
            return switch (key) {
                case "page" -> page;
                case "site" -> site;
                default -> null;
            };
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public int size() {
            return site == null ? 1 : 2;
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(site == null ? List.of("page") : List.of("page", "site"), ObjectWrapper.SIMPLE_WRAPPER);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(site == null ? List.of(page) : List.of(page, site), ObjectWrapper.SIMPLE_WRAPPER);
        }
    }

    private static Object siteOf(Object view) {
        Method accessor = SITE_ACCESSORS.get(view.getClass());
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read site() of " + view.getClass().getName(), e);
        }
    }

    private String searchedPlaces() {
        return repoTemplatesDir == null
                ? "the default theme (no templates/ folder in the repository)"
                : repoTemplatesDir + " or the default theme";
    }

    /**
     * A writer that encodes as it goes into a byte buffer kept per thread: pages are encoded once,
     * without a growing StringBuilder per page and a String copy of it.
     */
    static final class Utf8Writer extends Writer implements ViewObjectWrapper.Utf8Sink {

        private byte[] bytes = new byte[64 * 1024];
        /** {@link #bytes} as the encoder writes into it; wrapped again when they grow. */
        private ByteBuffer buffer = ByteBuffer.wrap(bytes);
        private int size;
        private char highSurrogate;
        /** Replaces a lone surrogate with {@code ?}, as {@link String#getBytes} does. */
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

        void reset() {
            size = 0;
            highSurrogate = 0;
        }

        byte[] toByteArray() {
            flushSurrogate();
            return Arrays.copyOf(bytes, size);
        }

        /** A half pair with nothing after it is encoded as the encoder encodes any lone surrogate. */
        private void flushSurrogate() {
            if (highSurrogate != 0) {
                add(String.valueOf(highSurrogate).getBytes(StandardCharsets.UTF_8));
                highSurrogate = 0;
            }
        }

        @Override
        public void writeUtf8(byte[] encoded) {
            flushSurrogate();
            add(encoded);
        }

        private void add(byte[] encoded) {
            reserve(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
        }

        /** Room for {@code more} bytes after the page's {@link #size}. */
        private void reserve(int more) {
            int needed = Math.addExact(size, more);
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, needed));
            }
        }

        /**
         * Encoded straight into the page: FreeMarker writes its templates' text as char arrays, and
         * a String of each, encoded into an array of its own, was about 6 % of a build's allocations.
         */
        @Override
        public void write(char[] chars, int offset, int length) {
            if (highSurrogate != 0) {
                write(new String(chars, offset, length));
                return;
            }
            // at most three bytes a char: one call encodes it all
            reserve(Math.multiplyExact(3, length));
            if (buffer.array() != bytes) {
                buffer = ByteBuffer.wrap(bytes);
            }
            CharBuffer in = CharBuffer.wrap(chars, offset, length);
            buffer.limit(bytes.length).position(size);
            encoder.reset().encode(in, buffer, false);
            size = buffer.position();
            // the encoder leaves a pair's first half at the end for the write that completes it
            if (in.hasRemaining()) {
                highSurrogate = in.get();
            }
        }

        @Override
        public void write(String s) {
            String text = highSurrogate == 0 ? s : highSurrogate + s;
            highSurrogate = 0;
            // a pair cut between two writes is encoded once both halves are here
            if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                highSurrogate = text.charAt(text.length() - 1);
                text = text.substring(0, text.length() - 1);
            }
            add(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(String s, int offset, int length) {
            write(s.substring(offset, offset + length));
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
