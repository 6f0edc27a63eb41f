package dev.trustcenter.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * lunr's minified script, read from its WebJar on the classpath (the shaded jar carries it), so the
 * search page ships the library the build resolved through Maven rather than a copy in the theme.
 */
final class LunrScript {

    static final String FILE = "lunr.min.js";

    private LunrScript() {
    }

    static byte[] bytes() {
        String version = webJarVersion();
        return resource("/META-INF/resources/webjars/lunr/" + version + "/" + FILE);
    }

    private static String webJarVersion() {
        Properties pom = new Properties();
        try (InputStream in = LunrScript.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/lunr/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the lunr WebJar is missing from the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = LunrScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the lunr WebJar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
