package org.itascore.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.itascore.Language;

/**
 * What a request's {@code Accept-Language} asks for: the language of its problems (the most preferred of Thai
 * and English, English when it names neither) and the languages its results name things in (those of the two
 * it accepts, both when it names neither or both).
 *
 * @param problems the language problems are told in
 * @param labels the languages of the labels, one or both
 */
record Languages(Language problems, Set<Language> labels) {

    /** What a request without {@code Accept-Language} gets: problems in English, labels in both. */
    static final Languages DEFAULT = new Languages(Language.ENGLISH, EnumSet.allOf(Language.class));

    /**
     * Reads an {@code Accept-Language} header (RFC 9110): ranges such as {@code th-TH}, {@code en;q=0.5},
     * {@code *}; a range with {@code q=0} is refused by the client, one that is not Thai or English ignored.
     *
     * @param header the header's value, or null
     * @return what it asks for
     */
    static Languages of(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        record Range(Language language, double q) {
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] fields = part.split(";");
            String tag = fields[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip().toLowerCase(Locale.ROOT);
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight: the range is ignored, as RFC 9110 leaves it to the server
                    }
                }
            }
            Language language = tag.equals("th") || tag.startsWith("th-") ? Language.THAI
                    : tag.equals("en") || tag.startsWith("en-") ? Language.ENGLISH : null;
            if (language != null && q > 0) {
                ranges.add(new Range(language, q));
            }
        }
        if (ranges.isEmpty()) {
            return DEFAULT;
        }
        // the most preferred first; of equal weights, the first named
        ranges.sort(Comparator.comparingDouble(Range::q).reversed());
        EnumSet<Language> labels = EnumSet.noneOf(Language.class);
        ranges.forEach(r -> labels.add(r.language()));
        return new Languages(ranges.get(0).language(), labels);
    }
}
