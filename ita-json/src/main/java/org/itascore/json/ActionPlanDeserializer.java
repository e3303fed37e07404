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
import org.itascore.plan.ActionPlan;
import org.itascore.plan.Activity;
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
        Reading.expectObject(p, ctxt, PlanInput.class, "an improvement plan");
        String[] office = {null};
        FiscalYear[] year = {null};
        List<Activity> activities = new ArrayList<>();
        IndicatorReport[] report = {null};
        fields(p, ctxt, this, PlanInput.class, name -> {
            switch (name) {
                case "office" -> office[0] = Reading.string(p, ctxt, PlanInput.class, "an office");
                case "fiscalYear" -> year[0] = Reading.fiscalYear(p, ctxt);
                case "activities" -> {
                    Reading.expectArray(p, ctxt, PlanInput.class, "the activities");
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        activities.add(at(Activity.class, index++, () -> activity(p, ctxt)));
                    }
                }
                case "report" -> report[0] = ctxt.readValue(p, IndicatorReport.class);
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, PlanInput.class, "office", office[0]);
        Reading.require(ctxt, PlanInput.class, "fiscalYear", year[0]);
        Reading.require(ctxt, PlanInput.class, "report", report[0]);
        return new PlanInput(new ActionPlan(office[0], year[0], ImmutableList.copyOf(activities)), report[0]);
    }

    private Activity activity(JsonParser p, DeserializationContext ctxt) {
        Reading.expectObject(p, ctxt, Activity.class, "an activity");
        String[] name = {null};
        BigDecimal[] budget = {null};
        String[] responsible = {""};
        TreeSet<YearMonth> months = new TreeSet<>();
        TreeSet<Indicator> indicators = new TreeSet<>();
        fields(p, ctxt, this, Activity.class, field -> {
            switch (field) {
                case "name" -> name[0] = Reading.string(p, ctxt, Activity.class, "a name");
                case "budget" -> budget[0] = budget(p, ctxt);
                case "responsible" -> responsible[0] = Reading.string(p, ctxt, Activity.class, "a responsible unit");
                case "months" -> {
                    Reading.expectArray(p, ctxt, Activity.class, "the months");
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        months.add(at(Activity.class, index++,
                                () -> Reading.parsed(p, ctxt, YearMonth.class, "a month", ThaiMonths::parse)));
                    }
                }
                case "indicators" -> {
                    Reading.expectArray(p, ctxt, Activity.class, "the indicators addressed");
                    int index = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        indicators.add(at(Activity.class, index++,
                                () -> Indicator.ofNumber(Reading.integer(p, ctxt, Activity.class, "an indicator", 1, 10))));
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        Reading.require(ctxt, Activity.class, "name", name[0]);
        return new Activity(name[0], Optional.ofNullable(budget[0]), responsible[0], ImmutableSortedSet.copyOf(months),
                ImmutableSortedSet.copyOf(indicators));
    }

    private static BigDecimal budget(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return Reading.decimal(p, ctxt);
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = org.itascore.text.ThaiDigits.toAscii(p.getString().strip()).replace(",", "");
            if (text.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
                return new BigDecimal(text);
            }
            return Reading.refuse(ctxt, Activity.class, p.getString(), "a budget is an amount in baht such as 5000 or \"5,000\"");
        }
        return Reading.refuse(ctxt, Activity.class, Reading.describe(t), "a budget is an amount in baht such as 5000 or \"5,000\"");
    }
}
