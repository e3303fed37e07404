package org.itascore.table;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.itascore.Finding;
import org.itascore.FindingKind;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.Message;

/**
 * The dates of a sheet's timestamps, read in both orders of day and month until the sheet tells its order: a
 * Buddhist-era year or a day above 12 says day first (a Thai or British locale), a month above 12's place says
 * month first (a United States locale); with no sign, day first, as Thai forms write. Kept per office and
 * instrument, in constant memory: counts per fiscal year, the first and last date. Not thread-safe.
 */
final class DateSpan {

    private static final int DAY_FIRST = 0;
    private static final int MONTH_FIRST = 1;

    private boolean buddhistEra;
    private long dayFirstOnly;
    private long monthFirstOnly;
    private final long[] count = new long[2];
    private final int[] first = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] last = {Integer.MIN_VALUE, Integer.MIN_VALUE};
    private final List<Map<Integer, long[]>> years = List.of(new TreeMap<>(), new TreeMap<>());
    /** The first and last epoch day of the fiscal year last counted, so that a row of the same year is one comparison. */
    private final int[] yearFrom = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    private final int[] yearTo = {Integer.MIN_VALUE, Integer.MIN_VALUE};
    private final long[][] lastCount = new long[2][];

    /**
     * Adds a timestamp.
     *
     * @param text the cell's text
     * @param read its dates as {@link Timestamps#read} gives them, not unreadable
     */
    void add(String text, long read) {
        int dayFirst = Timestamps.dayFirstDay(read);
        int monthFirst = Timestamps.monthFirstDay(read);
        if (!buddhistEra && Timestamps.buddhistEra(text)) {
            buddhistEra = true;
        }
        if (dayFirst == Timestamps.NO_DATE) {
            monthFirstOnly++;
        } else if (monthFirst == Timestamps.NO_DATE) {
            dayFirstOnly++;
        }
        add(DAY_FIRST, dayFirst);
        add(MONTH_FIRST, monthFirst);
    }

    private void add(int order, int epochDay) {
        if (epochDay == Timestamps.NO_DATE) {
            return;
        }
        count[order]++;
        first[order] = Math.min(first[order], epochDay);
        last[order] = Math.max(last[order], epochDay);
        if (epochDay < yearFrom[order] || epochDay > yearTo[order]) {
            int year = fiscalYearOf(epochDay);
            yearFrom[order] = (int) Timestamps.epochDay(year - 544, 10, 1);
            yearTo[order] = (int) Timestamps.epochDay(year - 543, 9, 30);
            lastCount[order] = years.get(order).computeIfAbsent(year, y -> new long[1]);
        }
        lastCount[order][0]++;
    }

    /** {@return the Buddhist-era fiscal year of a day: from 1 October of the year before to 30 September} */
    static int fiscalYearOf(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() + 543 + (date.getMonthValue() >= Month.OCTOBER.getValue() ? 1 : 0);
    }

    /** Adds another span's dates: the sheets of one office, or of many for the year they suggest. */
    void addAll(DateSpan other) {
        buddhistEra |= other.buddhistEra;
        dayFirstOnly += other.dayFirstOnly;
        monthFirstOnly += other.monthFirstOnly;
        for (int o = 0; o < 2; o++) {
            count[o] += other.count[o];
            first[o] = Math.min(first[o], other.first[o]);
            last[o] = Math.max(last[o], other.last[o]);
            int order = o;
            other.years.get(o).forEach((year, n) -> years.get(order).computeIfAbsent(year, y -> new long[1])[0] += n[0]);
            yearFrom[o] = Integer.MAX_VALUE;
            yearTo[o] = Integer.MIN_VALUE;
        }
    }

    /** {@return the order the dates are read in: day first unless only month first reads some} */
    private int order() {
        return !buddhistEra && dayFirstOnly == 0 && monthFirstOnly > 0 ? MONTH_FIRST : DAY_FIRST;
    }

    /** {@return the number of dates in each fiscal year (B.E.), in order} */
    TreeMap<Integer, Long> fiscalYears() {
        TreeMap<Integer, Long> out = new TreeMap<>();
        years.get(order()).forEach((year, n) -> out.put(year, n[0]));
        return out;
    }

    /**
     * {@return the finding of answers time-stamped outside a fiscal year, if any are}: how many, the first and last
     * date, and the fiscal year most of them fall in
     *
     * @param instrument the sheet's instrument
     * @param given the fiscal year the answers are read for
     */
    Optional<Finding> outside(Instrument instrument, FiscalYear given) {
        int o = order();
        long total = count[o];
        long[] inYear = years.get(o).get(given.buddhistEra());
        long outside = total - (inYear == null ? 0 : inYear[0]);
        if (outside == 0) {
            return Optional.empty();
        }
        int suggested = years.get(o).entrySet().stream().max(Map.Entry.<Integer, long[]>comparingByValue(
                (a, b) -> Long.compare(a[0], b[0]))).orElseThrow().getKey();
        Message message = Message.of("finding.outsideFiscalYear", instrument, outside, total, given.buddhistEra(),
                date(first[o]), date(last[o]), suggested);
        return Optional.of(Finding.of(FindingKind.ANSWERS_OUTSIDE_FISCAL_YEAR, message.bilingual())
                .withInstrument(instrument).withFiscalYear(FiscalYear.of(suggested))
                .withValues(Long.toString(outside), "0"));
    }

    /** {@return a day as a Thai form writes it: day/month/year, the year in the Buddhist era} */
    private static String date(int epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + (d.getYear() + 543);
    }
}
