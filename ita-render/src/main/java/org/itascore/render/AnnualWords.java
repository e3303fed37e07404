package org.itascore.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.itascore.Finding;
import org.itascore.Grade;
import org.itascore.Message;
import org.itascore.annual.AnnualAnalysis;
import org.itascore.annual.Average;
import org.itascore.assess.Assessment;
import org.itascore.assess.IndicatorResult;
import org.itascore.edition.GradeBand;
import org.itascore.history.History;

/**
 * The sentences of the annual analysis, in the words of the document offices publish, shared by the text
 * and HTML renderers so that both say the same. Each returns plain text; the HTML renderer escapes it.
 */
final class AnnualWords {

    private AnnualWords() {
    }

    private static final String ITA_TH = "คุณธรรมและความโปร่งใสในการดำเนินงาน";

    static String title(AnnualAnalysis a, Style s) {
        String year = s.number(a.assessment().fiscalYear());
        return s.text("Analysis of the Integrity and Transparency Assessment (ITA), fiscal year " + year,
                "การวิเคราะห์ผลการประเมิน" + ITA_TH + " (ITA) ประจำปีงบประมาณ พ.ศ. " + year);
    }

    /** {@return the date in the reader's calendar: B.E. with the Thai month's name, or the Common Era in English} */
    static String dated(LocalDate date, Style s) {
        if (s.language() == org.itascore.Language.THAI) {
            ThaiBuddhistDate be = ThaiBuddhistDate.from(date);
            String text = DateTimeFormatter.ofPattern("d MMMM G yyyy", Locale.forLanguageTag("th-TH")).format(be);
            return "วันที่ " + s.number(text);
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date);
    }

    static String resultsHeading(AnnualAnalysis a, Style s) {
        return s.number(4) + ". " + s.text("Results of the Integrity and Transparency Assessment of the " + s.text(a.officeKind().noun()),
                "ผลการประเมิน" + ITA_TH + "ของ" + s.text(a.officeKind().noun()));
    }

    static String averageSentence(AnnualAnalysis a, Style s) {
        Average avg = a.average().orElseThrow();
        Grade g = a.averageGrade().orElseThrow();
        String year = s.number(a.assessment().fiscalYear());
        String kind = s.text(a.officeKind().noun());
        String offices = avg.offices().isPresent() ? s.number(avg.offices().getAsLong()) : null;
        if (s.language() == org.itascore.Language.THAI) {
            return "ผลคะแนนการประเมิน" + ITA_TH + "ของ" + kind + " ประจำปีงบประมาณ พ.ศ. " + year
                    + (avg.national() ? " ในภาพรวมระดับประเทศ" : " ในภาพรวมของกลุ่มที่เปรียบเทียบ")
                    + (offices == null ? "" : " จากการประเมิน" + kind + "ทั้งสิ้น " + offices + " " + a.officeKind().thaiCounter())
                    + " ได้คะแนนเฉลี่ยร้อยละ " + s.number(avg.score()) + " ซึ่งถือว่ามี" + ITA_TH + "อยู่ในระดับ " + g.name()
                    + " (" + g.meaning().english() + ")";
        }
        return "In fiscal year " + year + ", the " + (avg.national() ? "national" : "cohort's") + " average of the "
                + (offices == null ? "" : offices + " ") + kind + "s assessed was " + s.number(avg.score()) + ", grade " + g.name()
                + " (" + g.meaning().english() + ").";
    }

    static String officeHeading(AnnualAnalysis a, Style s) {
        return s.text(Message.of("text.itaResults")) + s.name(a.assessment().office());
    }

    static String officeSentence(AnnualAnalysis a, Style s) {
        Assessment x = a.assessment();
        IndicatorResult high = a.highest();
        IndicatorResult low = a.lowest();
        String office = s.name(x.office());
        String year = s.number(x.fiscalYear());
        if (s.language() == org.itascore.Language.THAI) {
            return "ผลการประเมิน" + ITA_TH + "ของ " + office + " ประจำปีงบประมาณ พ.ศ. " + year + " ได้คะแนน " + s.number(x.score())
                    + " คะแนน ซึ่งถือว่ามี" + ITA_TH + "อยู่ในระดับ " + x.grade().name() + " โดย" + indicatorName(high, s)
                    + " ได้คะแนนสูงสุด " + s.number(high.score()) + " คะแนน ส่วนตัวชี้วัดที่ได้คะแนนต่ำกว่าตัวชี้วัดอื่น ๆ คือ "
                    + indicatorName(low, s) + " ได้คะแนน " + s.number(low.score()) + " คะแนน";
        }
        return "In fiscal year " + year + ", " + office + " scored " + s.number(x.score()) + ", grade " + x.grade().name() + " ("
                + x.grade().meaning().english() + "). Its highest indicator was " + indicatorName(high, s) + " at "
                + s.number(high.score()) + "; its lowest, " + indicatorName(low, s) + " at " + s.number(low.score()) + ".";
    }

    /** {@return the note that the document corrects the printed total} */
    static String correction(AnnualAnalysis a, Finding f, Style s) {
        String printed = s.number(f.printed().orElse(""));
        String expected = s.number(a.assessment().score());
        String tolerance = s.number(f.tolerance().map(BigDecimal::toPlainString).orElse("0.01"));
        return s.text("Note: the published report printed a total of " + printed + ", but its indicator scores give " + expected
                + ", more than the tolerance of " + tolerance + " apart; this document uses the recomputed score.",
                "หมายเหตุ: รายงานที่เผยแพร่ระบุคะแนนรวม " + printed + " แต่คะแนนรายตัวชี้วัดคำนวณได้ " + expected
                        + " ต่างกันเกินค่าคลาดเคลื่อนที่ยอมรับ (" + tolerance + ") เอกสารนี้ใช้คะแนนที่คำนวณได้");
    }

    static String historyHeading(AnnualAnalysis a, Style s) {
        History h = a.history().orElseThrow();
        String span = s.number(h.entries().get(0).fiscalYear()) + "-" + s.number(h.latest().fiscalYear());
        return s.text("ITA results of " + s.name(a.assessment().office()) + " over the years (" + span + ")",
                "เปรียบเทียบผลการประเมิน ITA ของ " + s.name(a.assessment().office()) + " (" + span + ") สรุปได้ดังนี้");
    }

    static String indicatorsHeading(Style s) {
        return s.text(Message.of("text.itaResultsIndicator"));
    }

    static String indicatorsSentence(AnnualAnalysis a, Style s) {
        String office = s.name(a.assessment().office());
        String kind = s.text(a.officeKind().noun());
        String pass = s.number(a.assessment().edition().passMark().officialDecimal().stripTrailingZeros().toPlainString());
        return s.text("The indicators of " + office + ", from the survey of its staff, the survey of those it serves, and the "
                + "evidence published on its website, with their rank by score (pass mark " + pass + "):",
                "การประเมิน" + ITA_TH + "ของ " + office + " เป็นรายตัวชี้วัด ซึ่งได้จากการสำรวจความคิดเห็นของบุคลากรและเจ้าหน้าที่ที่ปฏิบัติงานใน"
                        + kind + " ผู้รับบริการหรือผู้มีส่วนได้ส่วนเสียของ" + kind + " และจากเอกสารหลักฐานการเปิดเผยข้อมูลผ่านทางเว็บไซต์ของ"
                        + kind + " เรียงตามลำดับคะแนน ได้ดังนี้ (เกณฑ์การผ่าน " + pass + " คะแนน)");
    }

    static String legendHeading(Style s) {
        return s.text(Message.of("text.noteGradesWhatThey"));
    }

    static String improveHeading(Style s) {
        return s.number(5) + ". " + s.text(Message.of("text.usingItaResultsImprove"));
    }

    static String improveSentence(AnnualAnalysis a, Style s) {
        String office = s.name(a.assessment().office());
        String pass = s.number(a.assessment().edition().passMark().officialDecimal().stripTrailingZeros().toPlainString());
        if (a.toImprove().isEmpty()) {
            return s.text("Every indicator of " + office + " reached the pass mark of " + pass + ".",
                    "จากผลการประเมิน" + ITA_TH + "ของ " + office + " เป็นรายตัวชี้วัด พบว่าทุกตัวชี้วัดมีคะแนนตั้งแต่ร้อยละ " + pass + " ขึ้นไป");
        }
        return s.text("The indicators of " + office + " below the pass mark (" + pass + "), which it should improve:",
                "จากผลการประเมิน" + ITA_TH + "ของ " + office + " เป็นรายตัวชี้วัด พบว่าตัวชี้วัดที่หน่วยงานควรมีการพัฒนาและยกระดับให้ดียิ่งขึ้น "
                        + "(มีคะแนนต่ำกว่าร้อยละ " + pass + ") มีดังนี้");
    }

    static String indicatorName(IndicatorResult r, Style s) {
        return s.text(Message.of("text.indicator")) + s.number(r.indicator().number()) + " " + s.text(r.indicator().title());
    }

    /** {@return the signature block's lines} */
    static String signature(AnnualAnalysis a, Style s) {
        return s.text("Signed ........................................\n       (........................................)\n"
                        + "       Director, " + s.name(a.assessment().office()),
                "ลงชื่อ ........................................\n      (........................................)\n"
                        + "      ผู้อำนวยการ" + s.name(a.assessment().office()));
    }

    /** {@return the edition's grade bands, highest first} */
    static List<GradeBand> bandsHighFirst(Assessment x) {
        return x.edition().gradeScale().bands().stream().sorted(Comparator.comparing(GradeBand::lower).reversed()).toList();
    }

    /** {@return a band's scores as the document prints them: 85.00-94.99, 95.00-100.00, 0-49.99} */
    static String range(GradeBand b, Style s) {
        return s.number(Figures.range(b));
    }
}
