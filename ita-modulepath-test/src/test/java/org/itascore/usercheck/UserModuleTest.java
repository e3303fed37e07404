package org.itascore.usercheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Run on the module path: this test's module is the user's named module, and the library's are named too. */
class UserModuleTest {

    @Test
    void everyModuleIsNamed() {
        assertEquals("org.itascore.usercheck", UserModule.class.getModule().getName());
        assertEquals("org.itascore.core", org.itascore.Score.class.getModule().getName());
        assertEquals("org.itascore.json", org.itascore.json.ItaJson.class.getModule().getName());
        assertEquals("org.itascore.render", org.itascore.render.Style.class.getModule().getName());
    }

    @Test
    void theLibraryExportsItsApiPackagesAndNothingElse() {
        Module core = org.itascore.Score.class.getModule();
        assertEquals(Set.of("org.itascore", "org.itascore.assess", "org.itascore.audit", "org.itascore.cohort",
                "org.itascore.edition", "org.itascore.history", "org.itascore.oit", "org.itascore.plan", "org.itascore.raw",
                "org.itascore.report", "org.itascore.survey", "org.itascore.table", "org.itascore.text", "org.itascore.whatif",
                "org.itascore.annual"),
                core.getDescriptor().exports().stream().map(e -> e.source()).collect(java.util.stream.Collectors.toSet()));
        Module json = org.itascore.json.ItaJson.class.getModule();
        assertEquals(Set.of("org.itascore.json"),
                json.getDescriptor().exports().stream().map(e -> e.source()).collect(java.util.stream.Collectors.toSet()));
        Module csv = org.itascore.csv.SheetFiles.class.getModule();
        assertEquals("org.itascore.csv", csv.getName());
        assertEquals(Set.of("org.itascore.csv"),
                csv.getDescriptor().exports().stream().map(e -> e.source()).collect(java.util.stream.Collectors.toSet()));
        Module render = org.itascore.render.Style.class.getModule();
        assertEquals(Set.of("org.itascore.render"),
                render.getDescriptor().exports().stream().map(e -> e.source()).collect(java.util.stream.Collectors.toSet()));
        // the Jackson module is provided as a service, so a modular application finds it without naming it
        assertTrue(json.getDescriptor().provides().stream().anyMatch(p -> p.service().equals("tools.jackson.databind.JacksonModule")
                && p.providers().equals(List.of("org.itascore.json.ItaJsonModule"))));
        assertFalse(render.isOpen("org.itascore.render"), "the renderers are exported, not opened");
    }

    @Test
    void theServiceLoaderFindsTheJacksonModule() {
        assertTrue(UserModule.jacksonModules().contains("ita-json"), UserModule.jacksonModules().toString());
    }

    @Test
    void aPlainMapperFindsTheModuleAndReadsAReport() {
        String report = "{\"office\":\"x\",\"fiscalYear\":2566,\"indicators\":{\"1\":98.71,\"2\":90.03,\"3\":95.49,\"4\":94.20,"
                + "\"5\":93.24,\"6\":90.87,\"7\":91.14,\"8\":88.02,\"9\":90.00,\"10\":83.75}}";
        // seed 000: 0.3 x 94.334 + 0.3 x 90.01 + 0.4 x 86.875 = 90.0532, officially 90.05
        assertEquals("90.05", UserModule.totalThroughAPlainMapper(report));
    }

    @Test
    void theApiWorksAcrossModuleBoundaries() {
        assertTrue(UserModule.assessAndWrite().startsWith("{\"edition\":\"obec-esa-2566\",\"office\":\"สพม.ขอนแก่น\","
                + "\"fiscalYear\":2566,\"score\":90.05,\"grade\":\"A\",\"passed\":true"), UserModule.assessAndWrite());
        assertTrue(UserModule.render().contains("Total: 90.05, grade A (Very Good), passed"), UserModule.render());
    }
}
