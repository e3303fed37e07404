package org.itascore.json;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.itascore.Finding;
import org.itascore.FiscalYear;
import org.itascore.Score;
import org.itascore.Weight;
import org.itascore.assess.Assessment;
import org.itascore.audit.AuditReport;
import org.itascore.cohort.CohortStatistics;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.history.History;
import org.itascore.oit.ChecklistInput;
import org.itascore.plan.PlanCoverage;
import org.itascore.raw.RawAssessment;
import org.itascore.raw.SurveyBatch;
import org.itascore.report.IndicatorReport;
import org.itascore.whatif.WhatIf;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module of ita-core: reads and writes the formats of docs/json-format.md.
 *
 * <p>Register it on a mapper ({@code JsonMapper.builder().addModule(new ItaJsonModule())}), or use
 * {@link ItaJson}, which also sets the strict reading features and limits. It is found by
 * {@link java.util.ServiceLoader} too. Bad input is reported through Jackson's
 * {@code DeserializationContext}, so callers get Jackson's exceptions with the path of the offending
 * value; {@link JsonPointers#of} turns that path into a JSON pointer.
 *
 * <p>Configuration is immutable: {@link #withEditions(Editions)} returns a new module. Thread-safe.
 */
public final class ItaJsonModule extends JacksonModule {

    private static final Version VERSION = readVersion();

    /**
     * The writer attribute that asks for labelled results: its value, a non-empty {@code Set<Language>}, is the
     * languages results name things in. With it, an assessment result (format 4) gives each instrument and
     * indicator its {@code title}, the grade its {@code gradeTitle} and the verdict its {@code verdictTitle},
     * and every name and message of a result (findings, analyses) is written in those languages only; without
     * it, format 4 carries codes alone and the other names both languages. Edition definitions are always
     * written in both. {@link ItaJson#withLabels} sets it; with a mapper of your own:
     * {@code mapper.writer().withAttribute(ItaJsonModule.LABELS, EnumSet.of(Language.THAI))}.
     */
    public static final String LABELS = "org.itascore.json.labels";

    private final Editions editions;

    /** A module that knows the built-in editions. */
    public ItaJsonModule() {
        this(Editions.builtIn());
    }

    private ItaJsonModule(Editions editions) {
        this.editions = editions;
    }

    /**
     * Returns a module that resolves edition ids in another registry, for example the built-in editions
     * plus your own.
     *
     * @param registry the editions that reports may name
     * @return a new module
     */
    public ItaJsonModule withEditions(Editions registry) {
        return new ItaJsonModule(requireNonNull(registry, "registry"));
    }

    /** {@return the editions that reports may name} */
    public Editions editions() {
        return editions;
    }

    @Override
    public String getModuleName() {
        return "ita-json";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public Object getRegistrationId() {
        return ItaJsonModule.class.getName() + "@" + System.identityHashCode(editions);
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Score.class, new ScalarSerializers.ScoreSerializer());
        serializers.addSerializer(FiscalYear.class, new ScalarSerializers.FiscalYearSerializer());
        serializers.addSerializer(Weight.class, new ScalarSerializers.WeightSerializer());
        serializers.addSerializer(org.itascore.Bilingual.class, new ScalarSerializers.BilingualSerializer());
        serializers.addSerializer(org.itascore.Rational.class, new ScalarSerializers.RationalSerializer());
        serializers.addSerializer(Finding.class, new FindingSerializer());
        serializers.addSerializer(Assessment.class, new AssessmentSerializer());
        serializers.addSerializer(RawAssessment.class, new RawAssessmentSerializer());
        serializers.addSerializer(RawAssessmentSerializer.FromSheets.class, new RawAssessmentSerializer.FromSheetsSerializer());
        serializers.addSerializer(AuditReport.class, new AnalysisSerializers.AuditSerializer());
        serializers.addSerializer(CohortStatistics.class, new AnalysisSerializers.CohortSerializer());
        serializers.addSerializer(AnalysisSerializers.CohortOutput.class, new AnalysisSerializers.CohortOutputSerializer());
        serializers.addSerializer(WhatIf.class, new AnalysisSerializers.WhatIfSerializer());
        serializers.addSerializer(PlanCoverage.class, new AnalysisSerializers.PlanSerializer());
        serializers.addSerializer(History.class, new AnalysisSerializers.HistorySerializer());
        serializers.addSerializer(Edition.class, new EditionSerializer());
        serializers.addSerializer(org.itascore.oit.OitCatalogue.class, new EditionSerializer.CatalogueSerializer());
        serializers.addSerializer(IndicatorReport.class, new InputSerializers.ReportSerializer());
        serializers.addSerializer(ChecklistInput.class, new InputSerializers.ChecklistSerializer());
        serializers.addSerializer(PlanInput.class, new InputSerializers.PlanSerializer());
        context.addSerializers(serializers);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Score.class, new ScalarDeserializers.ScoreDeserializer());
        deserializers.addDeserializer(FiscalYear.class, new ScalarDeserializers.FiscalYearDeserializer());
        deserializers.addDeserializer(IndicatorReport.class, new IndicatorReportDeserializer(editions));
        deserializers.addDeserializer(SurveyBatch.class, new SurveyBatchDeserializer(editions));
        deserializers.addDeserializer(ChecklistInput.class, new ChecklistDeserializer());
        deserializers.addDeserializer(PlanInput.class, new ActionPlanDeserializer());
        deserializers.addDeserializer(Edition.class, new EditionDeserializer(editions));
        deserializers.addDeserializer(Assessment.class, new AssessmentDeserializer(editions));
        context.addDeserializers(deserializers);
    }

    private static Version readVersion() {
        Properties properties = new Properties();
        try (InputStream in = ItaJsonModule.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(properties.getProperty("version", "0.0.0"), "org.itascore", "ita-json");
    }
}
