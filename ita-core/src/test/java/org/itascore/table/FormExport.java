package org.itascore.table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.itascore.Instrument;
import org.itascore.Language;
import org.itascore.survey.Question;
import org.itascore.survey.Questionnaire;

/**
 * A Google Forms responses export built by a test, never hand-edited: respondents' answers drawn from a seed,
 * written with numbered or unnumbered headers, with the columns a form adds about the respondent placed before the
 * questions, the labels in Thai or English, and the timestamps a locale writes.
 */
final class FormExport {

    /** The respondent columns an office's form asks before the questions, and what respondents write in them. */
    static final List<String> RESPONDENT_HEADERS = List.of("ที่อยู่อีเมล", "เพศ", "ตำแหน่ง", "ท่านติดต่อหน่วยงานในฐานะ");
    private static final String[] SEX = {"ชาย", "หญิง", "ไม่ระบุ"};
    private static final String[] POSITION = {"ครู", "ผู้บริหาร", "ลูกจ้างชั่วคราว", "เจ้าหน้าที่ธุรการ"};
    private static final String[] CONTACT = {"ผู้ปกครอง", "ผู้ประกอบการ", "ประชาชนทั่วไป", "หน่วยงานภาครัฐ"};

    final List<String> headers = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();

    /**
     * Draws an export.
     *
     * @param questionnaire the questionnaire answered
     * @param instrument IIT or EIT
     * @param respondents how many rows
     * @param numbered whether each question's header starts with its number
     * @param respondentColumns whether the respondent columns come before the questions
     * @param language the language of the labels
     * @param firstStamp the first row's time; each next row a day later
     * @param seed the seed of the answers
     */
    static FormExport of(Questionnaire questionnaire, Instrument instrument, int respondents, boolean numbered,
            boolean respondentColumns, Language language, LocalDateTime firstStamp, long seed) {
        FormExport out = new FormExport();
        List<Question> questions = questionnaire.questions(instrument);
        out.headers.add(language == Language.THAI ? "ประทับเวลา" : "Timestamp");
        if (respondentColumns) {
            out.headers.addAll(RESPONDENT_HEADERS);
        }
        for (int i = 0; i < questions.size(); i++) {
            String wording = "ท่านเห็นว่าหน่วยงานของท่านดำเนินการเรื่องที่ " + (char) ('ก' + i % 30) + " มากน้อยเพียงใด";
            out.headers.add(numbered ? (i + 1) + ". " + wording : wording);
        }
        SplittableRandom random = new SplittableRandom(seed);
        // the respondent columns draw from their own stream, so that the answers are the same with or without them
        SplittableRandom about = new SplittableRandom(seed + 1);
        for (int r = 0; r < respondents; r++) {
            List<String> row = new ArrayList<>();
            LocalDateTime t = firstStamp.plusDays(r);
            int year = language == Language.THAI ? t.getYear() + 543 : t.getYear();
            row.add(language == Language.THAI
                    ? t.getDayOfMonth() + "/" + t.getMonthValue() + "/" + year + " " + t.getHour() + ":"
                            + String.format("%02d:%02d", t.getMinute(), t.getSecond())
                    : t.getMonthValue() + "/" + t.getDayOfMonth() + "/" + year + " " + t.getHour() + ":"
                            + String.format("%02d:%02d", t.getMinute(), t.getSecond()));
            if (respondentColumns) {
                row.add("respondent" + r + "@example.ac.th");
                row.add(SEX[about.nextInt(SEX.length)]);
                row.add(POSITION[about.nextInt(POSITION.length)]);
                row.add(CONTACT[about.nextInt(CONTACT.length)]);
            }
            for (Question q : questions) {
                // one answer in twenty left blank, as a respondent skips an optional question
                row.add(random.nextInt(20) == 0 ? "" : q.kind().labels().get(random.nextInt(q.kind().options())).in(language));
            }
            out.rows.add(row);
        }
        return out;
    }

    /** {@return the export with a column removed, header and cells} */
    FormExport without(int column) {
        FormExport out = new FormExport();
        out.headers.addAll(headers);
        out.headers.remove(column);
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row);
            r.remove(column);
            out.rows.add(r);
        }
        return out;
    }

    /** {@return the export with two columns swapped, headers and cells} */
    FormExport swap(int a, int b) {
        FormExport out = new FormExport();
        out.headers.addAll(headers);
        java.util.Collections.swap(out.headers, a, b);
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>(row);
            java.util.Collections.swap(r, a, b);
            out.rows.add(r);
        }
        return out;
    }

    /** Pushes the export into an import as a responses sheet of an instrument. */
    ResponseSheet into(TableImport in, Instrument instrument, String source) {
        ResponseSheet sheet = in.responses(instrument, source, headers);
        for (int r = 0; r < rows.size(); r++) {
            sheet.row(r + 1, rows.get(r));
        }
        return sheet;
    }
}
