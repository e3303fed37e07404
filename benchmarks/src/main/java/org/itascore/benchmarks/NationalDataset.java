package org.itascore.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.edition.Edition;
import org.itascore.edition.Editions;
import org.itascore.json.ItaJson;
import org.itascore.json.SurveyBatchWriter;
import org.itascore.oit.ChecklistEntry;
import org.itascore.oit.ChecklistInput;
import org.itascore.oit.OitCatalogue;
import org.itascore.oit.OitItem;
import org.itascore.raw.Populations;
import org.itascore.survey.Answer;
import org.itascore.survey.Question;
import org.itascore.survey.QuestionKind;
import org.itascore.survey.Questionnaire;
import org.itascore.survey.Response;

/**
 * A deterministic synthetic national dataset shaped like FY2567: 8,325 offices, 461,440 IIT responses of 30
 * answers and 907,795 EIT responses of 15 answers spread across them, and an OIT checklist per office.
 * Answers are mostly high with some low ones, each office with a quality of its own, and about 2% skipped.
 *
 * <p>Written as one survey batch (format 2) and one OIT checklist (format 3) per office. The same seed always
 * gives the same bytes. Run {@code java -cp benchmarks/target/benchmarks.jar
 * org.itascore.benchmarks.NationalDataset DIR} to write it.
 */
public final class NationalDataset {

    /** The offices of FY2567. */
    public static final int OFFICES = 8_325;
    /** The IIT respondents of FY2567. */
    public static final int IIT_RESPONSES = 461_440;
    /** The EIT respondents of FY2567. */
    public static final int EIT_RESPONSES = 907_795;
    /** The seed of every random choice. */
    public static final long SEED = 2567L;
    /** The edition the dataset is written under: FY2564, whose OIT catalogue is built in. */
    public static final String EDITION = "obec-esa-2564";

    private NationalDataset() {
    }

    /**
     * Writes the dataset.
     *
     * @param args the directory to write into
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "national");
        long start = System.nanoTime();
        write(dir, OFFICES);
        System.out.printf("wrote %,d offices to %s in %.1f s%n", OFFICES, dir, (System.nanoTime() - start) / 1e9);
    }

    /** {@return the survey batch file of an office} */
    static Path survey(Path dir, int office) {
        return dir.resolve(String.format("survey-%05d.json", office));
    }

    /** {@return the OIT checklist file of an office} */
    static Path checklist(Path dir, int office) {
        return dir.resolve(String.format("oit-%05d.json", office));
    }

    /**
     * Writes the first {@code offices} offices of the dataset, with the national totals scaled to them.
     *
     * @param dir the directory
     * @param offices how many offices, at most {@link #OFFICES}
     */
    public static void write(Path dir, int offices) {
        try {
            Files.createDirectories(dir);
            Edition edition = Editions.builtIn().get(EDITION);
            ItaJson json = ItaJson.standard().compact();
            SplittableRandom random = new SplittableRandom(SEED);
            long iitTotal = (long) IIT_RESPONSES * offices / OFFICES;
            long eitTotal = (long) EIT_RESPONSES * offices / OFFICES;
            for (int o = 0; o < offices; o++) {
                int iit = share(iitTotal, offices, o);
                int eit = share(eitTotal, offices, o);
                double quality = 0.55 + 0.4 * random.nextDouble();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(survey(dir, o)), 1 << 16);
                        SurveyBatchWriter writer = json.surveyBatchWriter(out, edition, String.format("สำนักงาน %05d", o),
                                FiscalYear.of(2564), Populations.of(iit + random.nextInt(20), eit * 4L))) {
                    for (Response r : responses(edition.questionnaire().orElseThrow(), Instrument.IIT, iit, quality, random)) {
                        writer.write(r);
                    }
                    for (Response r : responses(edition.questionnaire().orElseThrow(), Instrument.EIT, eit, quality, random)) {
                        writer.write(r);
                    }
                }
                List<ChecklistEntry> entries = new ArrayList<>();
                for (OitItem item : OitCatalogue.CLASSIC.items()) {
                    entries.add(random.nextDouble() < quality + 0.3
                            ? ChecklistEntry.present(item.id(), URI.create("https://office" + o + ".example.go.th/ita/" + item.id()))
                            : ChecklistEntry.absent(item.id()));
                }
                Files.writeString(checklist(dir, o), json.writeValue(ChecklistInput.of(entries)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreads a total over offices so that the shares sum to it exactly. */
    private static int share(long total, int offices, int office) {
        return (int) (total * (office + 1) / offices - total * office / offices);
    }

    /**
     * Generates responses: each answer skipped with probability 2%, otherwise level 4, 3, 2 or 1 with
     * probabilities that depend on the office's quality (mostly high).
     */
    static List<Response> responses(Questionnaire q, Instrument instrument, int count, double quality, SplittableRandom random) {
        List<Response> responses = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Response.Builder b = Response.builder(q, instrument);
            for (Question question : q.questions(instrument)) {
                double u = random.nextDouble();
                if (u < 0.02) {
                    continue;
                }
                if (question.kind() == QuestionKind.YES_NO) {
                    b.answer(question.id(), random.nextDouble() < 0.05 * (1.2 - quality) ? Answer.YES : Answer.NO);
                } else {
                    b.answer(question.id(), Answer.level(level(random.nextDouble(), quality)));
                }
            }
            responses.add(b.build());
        }
        return responses;
    }

    /** A level from a uniform draw: with quality 0.95, about 74% level 4, 22% level 3, 3% level 2, 1% level 1. */
    static int level(double u, double quality) {
        double four = quality * 0.78;
        double three = four + (1 - four) * 0.85;
        double two = three + (1 - three) * 0.75;
        return u < four ? 4 : u < three ? 3 : u < two ? 2 : 1;
    }

    /** {@return pre-parsed answers: each response as its options by question position, -1 when skipped} */
    static byte[][] options(Questionnaire q, Instrument instrument, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Question> questions = q.questions(instrument);
        byte[][] all = new byte[count][questions.size()];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < questions.size(); i++) {
                double u = random.nextDouble();
                if (u < 0.02) {
                    all[n][i] = -1;
                } else if (questions.get(i).kind() == QuestionKind.YES_NO) {
                    all[n][i] = (byte) (random.nextDouble() < 0.02 ? 0 : 1);
                } else {
                    all[n][i] = (byte) (level(random.nextDouble(), 0.9) - 1);
                }
            }
        }
        return all;
    }
}
