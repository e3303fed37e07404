package org.itascore;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The library's one message catalogue: every text a person reads, keyed by a stable code, in Thai and English.
 *
 * <p>The catalogue is two resource bundles in properties form beside this class, {@code messages.properties}
 * (English) and {@code messages_th.properties} (Thai), read as UTF-8. A text names its arguments by position,
 * {@code {0}}, {@code {1}}; a brace of the text itself is doubled (<code>&#123;&#123;</code>, <code>&#125;&#125;</code>); nothing else is
 * special, so an apostrophe is written as is (the library's
 * arguments are already text, so {@link java.text.MessageFormat}'s number formats and quoting rules, which would
 * make every {@code '} a trap, are not used). Both languages have every code, with the same placeholders, each
 * used: the tests check it, and {@link #check()} says what is wrong.
 *
 * <p>Read once; stateless and thread-safe.
 */
public final class MessageCatalogue {

    /** The texts of each language, by code. */
    private static final Map<Language, ImmutableMap<String, String>> TEXTS = load();
    /** How many arguments each code takes. */
    private static final ImmutableMap<String, Integer> ARITY = arity();

    private MessageCatalogue() {
    }

    private static Map<Language, ImmutableMap<String, String>> load() {
        Map<Language, ImmutableMap<String, String>> texts = new EnumMap<>(Language.class);
        texts.put(Language.ENGLISH, read("messages.properties"));
        texts.put(Language.THAI, read("messages_th.properties"));
        return texts;
    }

    private static ImmutableMap<String, String> read(String resource) {
        try (InputStream in = MessageCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the message catalogue " + resource + " is missing from the library");
            }
            ResourceBundle bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
            ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
            for (String key : ImmutableSortedSet.copyOf(bundle.keySet())) {
                out.put(key, bundle.getString(key));
            }
            return out.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImmutableMap<String, Integer> arity() {
        ImmutableMap.Builder<String, Integer> out = ImmutableMap.builder();
        TEXTS.get(Language.ENGLISH).forEach((code, text) -> out.put(code, placeholdersOf(text).cardinality()));
        return out.build();
    }

    private static BitSet placeholdersOf(String text) {
        BitSet found = new BitSet();
        format(text, index -> {
            found.set(index);
            return "";
        });
        return found;
    }

    /**
     * Puts the arguments into a text: {@code {n}} becomes argument n, <code>&#123;&#123;</code> and <code>&#125;&#125;</code> a brace.
     *
     * @throws IllegalArgumentException if a brace is neither
     */
    static String format(String template, java.util.function.IntFunction<String> argument) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < n && template.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0 || close == i + 1 || !template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("a lone brace in the message text: " + template);
                }
                out.append(argument.apply(Integer.parseInt(template, i + 1, close, 10)));
                i = close;
            } else if (c == '}') {
                throw new IllegalArgumentException("a lone brace in the message text: " + template);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@return every code of the catalogue, sorted} */
    public static ImmutableSortedSet<String> codes() {
        return ImmutableSortedSet.copyOf(TEXTS.get(Language.ENGLISH).keySet());
    }

    /**
     * Returns the text of a code as the catalogue writes it, placeholders and all.
     *
     * @param code the code
     * @param language the language
     * @return the text, with its placeholders {@code {0}}, {@code {1}}, ...
     * @throws IllegalArgumentException if the catalogue has no such code
     */
    public static String template(String code, Language language) {
        requireNonNull(code, "code");
        requireNonNull(language, "language");
        String text = TEXTS.get(language).get(code);
        if (text == null) {
            throw new IllegalArgumentException("the message catalogue has no code " + code);
        }
        return text;
    }

    /** {@return how many arguments a code's text takes} */
    static int placeholders(String code) {
        Integer n = ARITY.get(code);
        if (n == null) {
            throw new IllegalArgumentException("the message catalogue has no code " + code);
        }
        return n;
    }

    /**
     * Checks the catalogue: both languages have the same codes; each text's placeholders are {@code {0}} to
     * {@code {n-1}}, every one used, and the same in both languages.
     *
     * @return a line for each defect; empty when the catalogue is whole
     */
    public static java.util.List<String> check() {
        java.util.List<String> defects = new java.util.ArrayList<>();
        Map<String, String> english = TEXTS.get(Language.ENGLISH);
        Map<String, String> thai = TEXTS.get(Language.THAI);
        english.keySet().stream().filter(k -> !thai.containsKey(k)).forEach(k -> defects.add(k + ": no Thai text"));
        thai.keySet().stream().filter(k -> !english.containsKey(k)).forEach(k -> defects.add(k + ": no English text"));
        english.forEach((code, text) -> {
            BitSet en;
            BitSet th;
            try {
                en = placeholdersOf(text);
                th = thai.containsKey(code) ? placeholdersOf(thai.get(code)) : en;
            } catch (IllegalArgumentException e) {
                defects.add(code + ": " + e.getMessage());
                return;
            }
            if (en.nextClearBit(0) != en.length()) {
                defects.add(code + ": the English text leaves out a placeholder below {" + en.length() + "}");
            }
            if (!th.equals(en)) {
                defects.add(code + ": the Thai text has placeholders " + th + ", the English " + en);
            }
            if (text.isBlank() || thai.getOrDefault(code, text).isBlank()) {
                defects.add(code + ": a blank text");
            }
        });
        return defects;
    }
}
