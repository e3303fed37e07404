package org.itascore;

/**
 * The ten indicators of the ITA, from FY2562 (B.E.) onward.
 *
 * <p>Each indicator has a number (1 to 10), a Thai and an English name, and the instrument that measures
 * it in the NACC framework. Which indicators an assessment uses, and their weights, belong to an
 * {@link org.itascore.edition.Edition}.
 */
public enum Indicator {
    /** 1. Performance of duty. */
    PERFORMANCE_OF_DUTY(1, Instrument.IIT),
    /** 2. Use of budget. */
    USE_OF_BUDGET(2, Instrument.IIT),
    /** 3. Use of authority. */
    USE_OF_AUTHORITY(3, Instrument.IIT),
    /** 4. Use of government property. */
    USE_OF_GOVERNMENT_PROPERTY(4, Instrument.IIT),
    /** 5. Solving corruption problems. */
    SOLVING_CORRUPTION_PROBLEMS(5, Instrument.IIT),
    /** 6. Quality of operations. */
    QUALITY_OF_OPERATIONS(6, Instrument.EIT),
    /** 7. Communication efficiency. */
    COMMUNICATION_EFFICIENCY(7, Instrument.EIT),
    /** 8. Improvement of the work system. */
    IMPROVEMENT_OF_WORK_SYSTEM(8, Instrument.EIT),
    /** 9. Information disclosure. */
    INFORMATION_DISCLOSURE(9, Instrument.OIT),
    /** 10. Corruption prevention. */
    CORRUPTION_PREVENTION(10, Instrument.OIT);

    private static final Indicator[] BY_NUMBER = values();

    private final int number;
    private final Bilingual title;
    private final Instrument instrument;

    Indicator(int number, Instrument instrument) {
        this.number = number;
        this.title = Message.of("name.indicator." + number).bilingual();
        this.instrument = instrument;
    }

    /** {@return the number, 1 to 10} */
    public int number() {
        return number;
    }

    /** {@return the name in Thai and English} */
    public Bilingual title() {
        return title;
    }

    /** {@return the instrument that measures this indicator in the NACC framework of FY2562 onward} */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * Returns the indicator of a number.
     *
     * @param number 1 to 10
     * @return the indicator
     * @throws InvalidInputException if there is no indicator with that number
     */
    public static Indicator ofNumber(int number) {
        if (number < 1 || number > BY_NUMBER.length) {
            throw InvalidInputException.of(Location.of("indicator"), Integer.toString(number),
                    Message.of("indicator.range", BY_NUMBER.length));
        }
        return BY_NUMBER[number - 1];
    }

    /**
     * Returns the indicator of a number written as text, with ASCII or Thai digits.
     *
     * @param text for example {@code "7"} or {@code "๗"}
     * @return the indicator
     * @throws InvalidInputException if the text is not a number from 1 to 10
     */
    public static Indicator parse(String text) {
        String ascii = Decimals.toAscii(text.strip());
        if (!Decimals.isDigits(ascii, 1, 2)) {
            throw InvalidInputException.of(Location.of("indicator"), text, Message.of("indicator.range", BY_NUMBER.length));
        }
        try {
            return ofNumber(Integer.parseInt(ascii));
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(Location.of("indicator"), text, Message.of("indicator.range", BY_NUMBER.length));
        }
    }

    /** {@return {@code "indicator N"}} */
    @Override
    public String toString() {
        return "indicator " + number;
    }
}
