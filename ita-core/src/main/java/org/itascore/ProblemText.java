package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A problem in the reader's language. The library writes each rule in English; its Thai form comes from a
 * catalogue held as data ({@code problem-rules-th.txt} beside this class): each entry is a pattern of an
 * English rule, with groups for the values it names, and the Thai sentence, which uses the groups as
 * {@code $1}, {@code $2}. A rule the catalogue does not know is given in English, so a message is never lost;
 * the tests check that every rule the library produces in them has a Thai form.
 *
 * <p>Stateless and thread-safe; the catalogue is read once.
 */
public final class ProblemText {

    /** A group of the English pattern named in a Thai form: $1 to $9. */
    private static final Pattern GROUP = Pattern.compile("\\$([1-9])");

    /** The Thai catalogue, read once. */
    private static final Catalogue THAI = Catalogue.load("problem-rules-th.txt");

    /** A pattern of an English rule and its Thai form. */
    private record Entry(Pattern english, String thai) {
    }

    /**
     * The catalogue: its rule entries, in the order written (the first whose pattern matches the whole rule is
     * used), and its terms, the phrases that stand inside rules.
     */
    private record Catalogue(ImmutableList<Entry> rules, ImmutableMap<String, String> terms) {

        static Catalogue load(String resource) {
            ImmutableList.Builder<Entry> entries = ImmutableList.builder();
            Map<String, String> terms = new LinkedHashMap<>();
            try (InputStream in = ProblemText.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the message catalogue " + resource + " is missing from the library");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String english = null;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("term: ") && line.contains(" = ")) {
                        int at = line.indexOf(" = ");
                        terms.put(line.substring(6, at), line.substring(at + 3));
                    } else if (line.startsWith("en: ")) {
                        english = line.substring(4);
                    } else if (line.startsWith("th: ") && english != null) {
                        entries.add(new Entry(Pattern.compile(english), line.substring(4)));
                        english = null;
                    } else {
                        throw new IllegalStateException(resource + ": a line is \"term: X = Y\", \"en: pattern\" or"
                                + " \"th: text\": " + line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Catalogue(entries.build(), ImmutableMap.copyOf(terms));
        }
    }

    private ProblemText() {
    }

    /**
     * {@return the rule a problem breaks, in a language}
     *
     * @param problem the problem
     * @param language the reader's language
     */
    public static String rule(Problem problem, Language language) {
        requireNonNull(problem, "problem");
        requireNonNull(language, "language");
        return language == Language.THAI ? thai(problem.rule()).orElse(problem.rule()) : problem.rule();
    }

    /**
     * Returns a problem's description without its location, in a language: {@code "105": a score lies
     * between 0 and 100}, or {@code "105": คะแนนอยู่ระหว่าง 0 ถึง 100}.
     *
     * @param problem the problem
     * @param language the reader's language
     * @return the description
     */
    public static String describe(Problem problem, Language language) {
        requireNonNull(problem, "problem");
        String rule = rule(problem, language);
        if (problem.value() != null) {
            return "\"" + problem.value() + "\": " + rule;
        }
        if (problem.kind() == ProblemKind.MISSING) {
            return (language == Language.THAI ? "ไม่มีค่า: " : "missing: ") + rule;
        }
        return rule;
    }

    /**
     * {@return the Thai form of an English rule, if the catalogue has it}
     *
     * @param englishRule a rule as the library writes it in English
     */
    public static Optional<String> thai(String englishRule) {
        requireNonNull(englishRule, "englishRule");
        for (Entry entry : THAI.rules()) {
            Matcher m = entry.english().matcher(englishRule);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                Matcher groups = GROUP.matcher(entry.thai());
                while (groups.find()) {
                    String value = m.group(Integer.parseInt(groups.group(1)));
                    groups.appendReplacement(out, Matcher.quoteReplacement(thaiValue(value)));
                }
                groups.appendTail(out);
                return Optional.of(out.toString());
            }
        }
        return Optional.empty();
    }

    /** A captured value may be a term or itself a rule: given in Thai when the catalogue knows it. */
    private static String thaiValue(String value) {
        if (value == null) {
            return "";
        }
        String term = THAI.terms().get(value);
        if (term != null) {
            return term;
        }
        return thai(value).orElse(value);
    }
}
