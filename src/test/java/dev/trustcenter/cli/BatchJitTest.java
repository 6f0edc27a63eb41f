package dev.trustcenter.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchJitTest {

    @AfterEach
    void restoreDefaultDirectives() throws Exception {
        BatchJit.diagnosticCommand("compilerDirectivesClear");
    }

    @Test
    void keepsC2ForTheJdkAndFreeMarkerAndLeavesOtherCodeToC1() throws Exception {
        assertTrue(BatchJit.addDirectives(), "this test runs on HotSpot, which takes compiler directives");

        // jcmd's listing: one "Directive:" section per directive, first match first, the default last
        String[] sections = BatchJit.diagnosticCommand("compilerDirectivesPrint").split("Directive:");
        assertTrue(sections.length >= 4, String.join("Directive:", sections));
        String jdk = sections[1];
        String others = sections[2];
        assertTrue(jdk.contains("java/*.*") && jdk.contains("jdk/*.*") && jdk.contains("freemarker/*.*"), jdk);
        assertTrue(c2Part(jdk).contains("Exclude:false"), jdk);
        assertTrue(others.contains("matching: *.*") && !others.contains("(default)"), others);
        assertTrue(c2Part(others).contains("Exclude:true"), others);
        assertFalse(c1Part(others).contains("Enable:true"), "C1 keeps its defaults for every method: " + others);
    }

    private static String c1Part(String section) {
        return section.substring(section.indexOf("c1 directives"), section.indexOf("c2 directives"));
    }

    private static String c2Part(String section) {
        return section.substring(section.indexOf("c2 directives"));
    }
}
