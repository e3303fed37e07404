package org.itascore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code --help} says an option defaults to is what the command does without it: for every option of
 * report, score, audit and plan whose help gives a default, the command run without the option prints the same
 * as with the option set to that default. A default the help describes in words (the edition's, a dotted line)
 * is listed here by name, so that a new default cannot slip by untested.
 */
class HelpDefaultsTest {

    /** Defaults the help describes rather than names: what each means is tested where the option is. */
    private static final Set<String> DESCRIBED = Set.of(
            "--scale=the edition's",
            "--edition=the first edition of their fiscal year, OBEC's ESA edition where there is one",
            "--signer=a dotted line to write it on",
            "--position=the office's director, ผู้อำนวยการ followed by the office's name");

    /** {@return each option of the command's help that states a default, and the default as the help writes it} */
    private static Map<String, String> defaults(String command) {
        Run help = Run.of(command, "--help");
        assertEquals(0, help.exitCode(), help.err());
        Map<String, String> found = new LinkedHashMap<>();
        // one option's entry runs from its name to the next line that starts an option
        String[] entries = help.out().split("\\n(?=\\s+(?:-[a-zA-Z], )?--[a-z])");
        for (String entry : entries) {
            Matcher name = Pattern.compile("^\\s+(?:-[a-zA-Z], )?(--[a-z-]+)").matcher(entry);
            Matcher value = Pattern.compile("\\(default:\\s+([^()]*(?:\\([^)]*\\)[^()]*)*)\\)").matcher(entry.replaceAll("\\s+", " "));
            if (name.find() && value.find()) {
                found.put(name.group(1), value.group(1).strip());
            }
        }
        return found;
    }

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "score", "audit", "plan"})
    void everyStatedDefaultIsWhatTheCommandDoesWithoutTheOption(String command) {
        Map<String, String> defaults = defaults(command);
        assertTrue(defaults.containsKey("--format"), command + " --help names --format's default: " + defaults);
        assertTrue(defaults.containsKey("--lang"), command + " --help names --lang's default: " + defaults);
        // --date's default is today in Thailand (UTC+7, a day ahead of UTC in its first hours): both runs name that day
        String today = LocalDate.now(org.itascore.annual.AnnualRequest.THAILAND).toString();
        Run without = Run.of(command);
        for (Map.Entry<String, String> d : defaults.entrySet()) {
            String option = d.getKey();
            String value = d.getValue();
            if (DESCRIBED.contains(option + "=" + value)) {
                continue;
            }
            String given = option.equals("--date") && value.equals("today in Thailand") ? today : value;
            Run with = Run.of(args(command, option, given));
            assertEquals(without.exitCode(), with.exitCode(), command + " " + option + " " + given + ": " + with.err());
            assertEquals(without.out(), with.out(), command + ": " + option + " " + given + " is not what the command does without it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "score", "audit", "plan"})
    void aDescribedDefaultIsOneThisTestKnows(String command) {
        for (Map.Entry<String, String> d : defaults(command).entrySet()) {
            boolean literal = !d.getValue().contains(" ") || d.getValue().equals("today in Thailand");
            assertTrue(literal || DESCRIBED.contains(d.getKey() + "=" + d.getValue()),
                    command + " " + d.getKey() + ": a default in words this test does not know: " + d.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"report"})
    void theAnnualReportIsThaiByDefaultAndItsHelpSaysSo(String command) {
        assertEquals("th", defaults(command).get("--lang"));
        Run report = Run.of(command);
        assertTrue(report.out().contains("ผลการประเมิน"), report.out());
        assertFalse(Run.of("score").out().contains("ผลการประเมิน"), "score stays English by default");
    }
}
