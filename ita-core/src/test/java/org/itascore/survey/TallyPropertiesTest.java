package org.itascore.survey;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.itascore.Instrument;
import org.itascore.Score;
import org.itascore.Theories;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of tallies: merging, chunking, order, monotonicity, mirroring. */
class TallyPropertiesTest {

    private static final Questionnaire Q = Questionnaire.STANDARD;
    private static final Instrument EIT = Instrument.EIT;
    private static final int QUESTIONS = Q.questions(EIT).size();

    /** A response as 15 codes: 0 unanswered, else the option + 1 (four-level 1-4, yes/no 1-2). */
    private static Gen<List<Integer>> responseCodes() {
        return lists().of(integers().between(0, 4)).ofSize(QUESTIONS);
    }

    private static Gen<List<List<Integer>>> batches() {
        return lists().of(responseCodes()).ofSizeBetween(0, 40);
    }

    private static Response response(List<Integer> codes) {
        Response.Builder b = Response.builder(Q, EIT);
        for (int i = 0; i < QUESTIONS; i++) {
            Question q = Q.questions(EIT).get(i);
            int code = codes.get(i) % (q.kind().options() + 1);
            if (code > 0) {
                b.answer(q.id(), q.kind() == QuestionKind.YES_NO ? (code == 1 ? Answer.YES : Answer.NO) : Answer.level(code));
            }
        }
        return b.build();
    }

    private static Tally tally(List<List<Integer>> batch) {
        return batch.stream().map(TallyPropertiesTest::response).collect(Tally.collector(Q, EIT));
    }

    @Test
    void mergeIsAssociativeAndCommutativeWithTheEmptyTallyAsIdentity() {
        Theories.qt("merge laws").forAll(batches(), batches(), batches()).check((a, b, c) -> {
            Tally ta = tally(a);
            Tally tb = tally(b);
            Tally tc = tally(c);
            Tally empty = Tally.empty(Q, EIT);
            return ta.merge(tb).merge(tc).equals(ta.merge(tb.merge(tc)))
                    && ta.merge(tb).equals(tb.merge(ta))
                    && ta.merge(empty).equals(ta) && empty.merge(ta).equals(ta);
        });
    }

    @Test
    void anySplitIntoChunksMergesToOnePass() {
        Theories.qt("chunks merge to one pass").forAll(batches(), lists().of(integers().between(0, 40)).ofSizeBetween(0, 5))
                .check((batch, cuts) -> {
                    List<Integer> points = new ArrayList<>();
                    cuts.forEach(c -> points.add(Math.min(c, batch.size())));
                    points.add(0);
                    points.add(batch.size());
                    Collections.sort(points);
                    Tally merged = Tally.empty(Q, EIT);
                    for (int i = 1; i < points.size(); i++) {
                        merged = merged.merge(tally(batch.subList(points.get(i - 1), points.get(i))));
                    }
                    Tally parallel = batch.parallelStream().map(TallyPropertiesTest::response).collect(Tally.collector(Q, EIT));
                    return merged.equals(tally(batch)) && parallel.equals(tally(batch));
                });
    }

    @Test
    void responseOrderDoesNotMatter() {
        Theories.qt("order independence").forAll(batches(), integers().all()).check((batch, seed) -> {
            List<List<Integer>> shuffled = new ArrayList<>(batch);
            Collections.shuffle(shuffled, new Random(seed));
            return tally(shuffled).equals(tally(batch));
        });
    }

    @Test
    void aBetterAnswerNeverLowersAnyScore() {
        // "Better" earns at least as many points: a higher level on a plain four-level question, "no" on e5.
        Theories.qt("monotone in answers").forAll(batches(), responseCodes(), integers().between(0, QUESTIONS - 1))
                .check((others, codes, index) -> {
                    Question q = Q.questions(EIT).get(index);
                    List<Integer> worse = new ArrayList<>(codes);
                    List<Integer> better = new ArrayList<>(codes);
                    if (q.kind() == QuestionKind.YES_NO) {
                        worse.set(index, 1);  // yes: 0 points on the reversed e5
                        better.set(index, 2); // no: 100 points
                    } else {
                        int level = Math.max(1, codes.get(index) % 5);
                        worse.set(index, level);
                        better.set(index, Math.min(4, level + 1));
                    }
                    List<List<Integer>> a = new ArrayList<>(others);
                    a.add(worse);
                    List<List<Integer>> b = new ArrayList<>(others);
                    b.add(better);
                    Tally ta = tally(a);
                    Tally tb = tally(b);
                    for (AnswerScale scale : List.of(AnswerScale.EXACT_THIRDS, AnswerScale.ROUNDED_THIRDS, AnswerScale.QUARTERS)) {
                        for (Question each : Q.questions(EIT)) {
                            Optional<Score> before = ta.questionScore(each, scale);
                            Optional<Score> after = tb.questionScore(each, scale);
                            if (before.isPresent() && after.get().compareTo(before.get()) < 0) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
    }

    @Test
    void aReversedQuestionMirrorsItsPlainTwin() {
        Question plain = Question.fourLevel("x1", Instrument.IIT, org.itascore.Indicator.PERFORMANCE_OF_DUTY);
        Question reversed = new Question("x2", Instrument.IIT, org.itascore.Indicator.PERFORMANCE_OF_DUTY,
                QuestionKind.FOUR_LEVEL, true, Optional.empty());
        Questionnaire twins = Questionnaire.of(List.of(plain, reversed));
        Theories.qt("reversed mirrors plain").forAll(lists().of(integers().between(1, 4)).ofSizeBetween(1, 30))
                .check(levels -> {
                    Tally.Accumulator acc = Tally.accumulator(twins, Instrument.IIT);
                    for (int level : levels) {
                        acc.add(Response.builder(twins, Instrument.IIT)
                                .answer("x1", Answer.level(level)).answer("x2", Answer.level(5 - level)).build());
                    }
                    Tally t = acc.toTally();
                    return List.of(AnswerScale.EXACT_THIRDS, AnswerScale.ROUNDED_THIRDS, AnswerScale.QUARTERS).stream()
                            .allMatch(s -> t.questionScore(plain, s).equals(t.questionScore(reversed, s)));
                });
    }
}
