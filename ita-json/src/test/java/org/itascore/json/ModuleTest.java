package org.itascore.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import java.util.stream.StreamSupport;
import org.itascore.FiscalYear;
import org.itascore.Score;
import org.itascore.edition.Editions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class ModuleTest {

    @Test
    void isFoundByTheServiceLoader() {
        assertTrue(StreamSupport.stream(ServiceLoader.load(JacksonModule.class).spliterator(), false)
                .anyMatch(m -> m instanceof ItaJsonModule));
    }

    @Test
    void configurationIsImmutable() {
        ItaJsonModule module = new ItaJsonModule();
        ItaJsonModule other = module.withEditions(Editions.of(java.util.List.of()));
        assertNotSame(module, other);
        assertSame(Editions.builtIn(), module.editions());
        assertEquals("ita-json", module.getModuleName());
        assertEquals("org.itascore", module.version().getGroupId());
        assertTrue(module.version().toString().equals("1.0.0"), module.version().toString());
    }

    @Test
    void scalarsHaveOneJsonForm() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ItaJsonModule()).build();
        assertEquals("85.00", mapper.writeValueAsString(Score.parse("84.995")));
        assertEquals("66.67", mapper.writeValueAsString(Score.ofFraction(200, 3)));
        assertEquals("100.00", mapper.writeValueAsString(Score.HUNDRED));
        assertEquals("2566", mapper.writeValueAsString(FiscalYear.of(2566)));
        assertEquals(Score.parse("96.61"), mapper.readValue("\"๙๖.๖๑\"", Score.class));
        assertEquals(FiscalYear.of(2562), mapper.readValue("\"๒๕๖๒\"", FiscalYear.class));
        assertEquals("{\"en\":\"Fail\",\"th\":\"ไม่ผ่าน\"}", mapper.writeValueAsString(org.itascore.Grade.F.meaning()));
        assertEquals("\"100/3\"", mapper.writeValueAsString(org.itascore.Rational.of(100, 3)));
        assertEquals("\"1/3\"", mapper.writeValueAsString(org.itascore.Weight.ofFraction(1, 3)));
        assertEquals("0.3", mapper.writeValueAsString(org.itascore.Weight.parse("0.30")));
    }
}
