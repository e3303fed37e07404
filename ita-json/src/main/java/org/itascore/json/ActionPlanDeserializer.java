package org.itascore.json;

import static org.itascore.json.Reading.at;
import static org.itascore.json.Reading.fields;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.itascore.FiscalYear;
import org.itascore.Indicator;
import org.itascore.Message;
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
import org.itascore.plan.Baht;
import org.itascore.report.IndicatorReport;
import org.itascore.text.ThaiMonths;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads format 7 of docs/json-format.md, an improvement plan with the report it answers:
 * {@code {"office", "fiscalYear", "activities": [...], "report": {format 1}}}.
 */
final class ActionPlanDeserializer extends ValueDeserializer<PlanInput> {

    @Override
    public PlanInput deserialize(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, PlanInput.class, Message.of("term.improvementPlan"));
        String[] office = {null};
        FiscalYear[] year = {null};
        List<Activity> activities = new ArrayList<>();
        IndicatorReport[] report = {null};
        Reading.Problems problems = new Reading.Problems();
        Reading.fields(p, ctxt, problems, name -> {
            switch (name) {
                case "office" -> office[0] = Reading.converted(ctxt, String.class, Reading.string(p, ctxt, PlanInput.class,
                        Message.of("term.office")), text -> org.itascore.OfficeName.of(text).text().strip());
                case "fiscalYear" -> year[0] = Reading.fiscalYear(p, ctxt);
                case "activities" -> {
                    Reading.expectArray(p, ctxt, PlanInput.class, Message.of("term.activities"));
                    Reading.elements(p, ctxt, index -> activities.add(activity(p, ctxt)));
                }
                case "report" -> report[0] = ctxt.readValue(p, IndicatorReport.class);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (office[0] == null && !problems.has("office")) {
            problems.missing("office", Message.of("office.blank"));
        }
        if (year[0] == null && !problems.has("fiscalYear")) {
            problems.missing("fiscalYear", Message.of("json.planFiscalYear"));
        }
        if (report[0] == null && !problems.has("report")) {
            problems.missing("report", Message.of("json.planReport"));
        }
        problems.throwIfAny(p);
        return new PlanInput(new ActionPlan(office[0], year[0], ImmutableList.copyOf(activities)), report[0]);
    }

    private Activity activity(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Activity.class, Message.of("term.activity"));
        String[] name = {null};
        BigDecimal[] budget = {null};
        String[] responsible = {""};
        TreeSet<YearMonth> months = new TreeSet<>();
        TreeSet<Indicator> indicators = new TreeSet<>();
        Reading.Problems problems = new Reading.Problems();
        Reading.fields(p, ctxt, problems, field -> {
            switch (field) {
                case "name" -> name[0] = nonBlank(p, ctxt, Message.of("activity.blank"));
                case "budget" -> budget[0] = budget(p, ctxt);
                case "responsible" -> responsible[0] = Reading.string(p, ctxt, Activity.class, Message.of("term.responsibleUnit"));
                case "months" -> {
                    Reading.expectArray(p, ctxt, Activity.class, Message.of("term.months"));
                    Reading.elements(p, ctxt, index ->
                            months.add(Reading.parsed(p, ctxt, YearMonth.class, Message.of("term.month"), ThaiMonths::parse)));
                }
                case "indicators" -> {
                    Reading.expectArray(p, ctxt, Activity.class, Message.of("term.indicatorsAddressed"));
                    Reading.elements(p, ctxt, index ->
                            indicators.add(Indicator.ofNumber(Reading.integer(p, ctxt, Activity.class, Message.of("term.indicator"), 1, 10))));
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (name[0] == null && !problems.has("name")) {
            problems.missing("name", Message.of("activity.blank"));
        }
        problems.throwIfAny(p);
        return new Activity(name[0], Optional.ofNullable(budget[0]), responsible[0], ImmutableSortedSet.copyOf(months),
                ImmutableSortedSet.copyOf(indicators));
    }

    /** A name that is not blank: letters, not only spaces or invisible characters. */
    private static String nonBlank(JsonParser p, DeserializationContext ctxt, Message rule) {
        String text = Reading.string(p, ctxt, PlanInput.class, Message.of("term.name"));
        if (org.itascore.Names.isBlank(text)) {
            return Reading.refuse(ctxt, PlanInput.class, text, rule);
        }
        return text.strip();
    }

    /** A negative budget is read: the plan check (ita-core) reports it as a plan issue. */
    private static final Message BUDGET_RULE = Message.of("baht.format");

    private static BigDecimal budget(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal number = Reading.decimal(p, ctxt);
            return Reading.converted(ctxt, BigDecimal.class, number.toPlainString(), text -> Baht.of(number).amount());
        }
        if (t == JsonToken.VALUE_STRING) {
            return Reading.converted(ctxt, BigDecimal.class, p.getString(), text -> Baht.parse(text).amount());
        }
        return Reading.refuse(ctxt, Activity.class, Reading.describe(t).toString(), BUDGET_RULE);
    }
}
