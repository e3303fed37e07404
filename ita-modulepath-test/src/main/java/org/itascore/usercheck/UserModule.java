package org.itascore.usercheck;

import java.util.List;
import java.util.ServiceLoader;
import org.itascore.FiscalYear;
import org.itascore.assess.Assessment;
import org.itascore.assess.Assessor;
import org.itascore.assess.IndicatorScores;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.render.AssessmentText;
import org.itascore.render.Style;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** What a modular application does with the library: each call crosses a module boundary. */
public final class UserModule {

    private UserModule() {
    }

    /** {@return the names of the Jackson modules the ServiceLoader finds from this module} */
    public static List<String> jacksonModules() {
        return ServiceLoader.load(JacksonModule.class).stream().map(p -> p.get().getModuleName()).toList();
    }

    /** {@return seed 000's total, read with a plain mapper that found the library's module by itself} */
    public static String totalThroughAPlainMapper(String report) {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        return mapper.readValue(report, org.itascore.report.IndicatorReport.class).assess(Editions.builtIn()).score().toString();
    }

    /** {@return seed 000 assessed through ita-core's exported API and written through ita-json's} */
    public static String assessAndWrite() {
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "สพม.ขอนแก่น", FiscalYear.of(2566),
                IndicatorScores.parse("98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75"));
        return ItaJson.standard().compact().write(a);
    }

    /** {@return seed 000 rendered by ita-render's exported renderers} */
    public static String render() {
        Assessment a = Assessor.assess(Editions.builtIn().get("obec-esa-2566"), "x", FiscalYear.of(2566),
                IndicatorScores.parse("98.71", "90.03", "95.49", "94.20", "93.24", "90.87", "91.14", "88.02", "90.00", "83.75"));
        return AssessmentText.render(a, new Style(org.itascore.Language.ENGLISH, false));
    }
}
