package org.itascore.table;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.itascore.Bilingual;
import org.itascore.Decimals;
import org.itascore.Message;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;

/**
 * Turns a cell's text into an option of its question: the form's labels (Thai or English, any case), the
 * level's digits (ASCII or Thai), yes/no, and the mapping's own labels. The texts a kind accepts are looked up
 * in a table built once, so a row is decoded without allocation; a text not found is explained by
 * {@link #rule}. Immutable and thread-safe.
 */
final class AnswerDecoder {

    /** Option of an empty cell: unanswered. */
    static final byte EMPTY = -1;
    /** Option of a text that is no answer to the question. */
    static final byte INVALID = -2;

    private final Map<QuestionKind, Map<String, Byte>> byKind = new EnumMap<>(QuestionKind.class);
    /** Per kind (by ordinal), the texts a form writes, compared first by length then by content: no hashing. */
    private final String[][] exact = new String[QuestionKind.values().length][];
    private final byte[][] exactOption = new byte[QuestionKind.values().length][];

    AnswerDecoder(ImmutableMap<String, Answer> labels) {
        for (QuestionKind kind : QuestionKind.values()) {
            Map<String, Byte> texts = new HashMap<>();
            for (int option = 0; option < kind.options(); option++) {
                Answer answer = Answer.ofOption(kind, option);
                Bilingual label = kind.labels().get(option);
                put(texts, label.thai(), option);
                put(texts, label.english(), option);
                put(texts, answer.text(), option);
            }
            labels.forEach((label, answer) -> {
                if (answer.fits(kind)) {
                    put(texts, label, answer.option());
                }
            });
            byKind.put(kind, Map.copyOf(texts));
            // the Thai labels as the form writes them, then the digits: what a sheet holds nearly always
            int n = kind.options();
            exact[kind.ordinal()] = new String[2 * n];
            exactOption[kind.ordinal()] = new byte[2 * n];
            for (int option = 0; option < n; option++) {
                exact[kind.ordinal()][option] = kind.labels().get(option).thai();
                exact[kind.ordinal()][n + option] = Answer.ofOption(kind, option).text();
                exactOption[kind.ordinal()][option] = (byte) option;
                exactOption[kind.ordinal()][n + option] = (byte) option;
            }
        }
    }

    private static void put(Map<String, Byte> texts, String text, int option) {
        texts.put(text, (byte) option);
        texts.put(fold(text), (byte) option);
    }

    /** {@return the text as compared the second time: normalized, ASCII digits, lower-case} */
    private static String fold(String text) {
        return Decimals.toAscii(HeaderText.normalize(text)).toLowerCase(Locale.ROOT);
    }

    /**
     * {@return the option a cell's text chooses for a question: from 0, {@link #EMPTY} when the cell is empty
     * or blank, {@link #INVALID} when the text is no answer to it}
     *
     * @param kind the question's kind
     * @param text the cell's text
     */
    byte decode(QuestionKind kind, String text) {
        String[] candidates = exact[kind.ordinal()];
        int length = text.length();
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i].length() == length && candidates[i].equals(text)) {
                return exactOption[kind.ordinal()][i];
            }
        }
        Map<String, Byte> texts = byKind.get(kind);
        Byte option = texts.get(text);
        if (option != null) {
            return option;
        }
        if (text.isBlank()) {
            return EMPTY;
        }
        option = texts.get(fold(text));
        return option == null ? INVALID : option;
    }

    /**
     * {@return the rule a text breaks, when {@link #decode} found it no answer to the question}: a label of
     * another scale is named as such, since it is the usual mistake of a form copied from another year's
     *
     * @param question the question
     * @param text the cell's text
     */
    Message rule(Question question, String text) {
        QuestionKind kind = question.kind();
        String accepted = String.join(", ", kind.labels().stream().map(Bilingual::thai).toList());
        String folded = fold(text);
        for (QuestionKind other : QuestionKind.values()) {
            if (other != kind && other.labels().stream()
                    .anyMatch(l -> fold(l.thai()).equals(folded) || fold(l.english()).equals(folded))) {
                return Message.of("sheet.otherScale", scaleName(other), question.id(), scaleName(kind), accepted);
            }
        }
        return kind.isScale() ? Message.of("sheet.labelLevel", question.id(), accepted, kind.options())
                : Message.of("sheet.labelYesNo", question.id(), accepted);
    }

    /** {@return the name of a kind's scale, for messages} */
    static Message scaleName(QuestionKind kind) {
        return Message.of(switch (kind) {
            case FOUR_LEVEL -> "term.scale.fourLevel";
            case SIX_LEVEL -> "term.scale.sixLevel";
            case YES_NO -> "term.scale.yesNo";
        });
    }
}
