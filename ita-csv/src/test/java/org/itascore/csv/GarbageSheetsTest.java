package org.itascore.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.edition.Editions;
import org.itascore.table.TableImport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutated sheets: whatever the bytes, only the library's own refusals leave the readers, each rule with a Thai
 * form; never another exception. A fixed seed, printed with any failure.
 */
class GarbageSheetsTest {

    private static final long SEED = 20261122L;
    private static final int MUTATIONS = 1_500;

    /** Pieces that break CSV and its cells: quotes, separators, line ends, a BOM, labels of other scales, TIS-620. */
    private static final List<byte[]> PIECES = List.of(b("\""), b(","), b("\r\n"), b("\n"), b("\r"), b("\"\""), b("\uFEFF"),
            b("มากพอสมควร"), b("มี"), b("ไม่มี"), b("๑"), b("9"), b("-1"), b("O999999999999"), b("ftp://x"), b("http://"),
            b("13/13/2569 25:61"), b("1/1/99999 1:1"), b("ข้อ 99"), b("i0"), b("e1"), b("\u0000"), b("\u202e"),
            "ภาษาไทย".getBytes(Charset.forName("x-IBM874")), new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0x50, 0x4B, 3, 4});

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iit-th.csv", "eit-en.csv", "oit-th.csv", "oit-en.csv"})
    void onlyTheLibrarysRefusalsLeaveTheReaders(String fixture) throws IOException {
        byte[] valid;
        try (var in = GoogleFormsExportTest.resource(fixture)) {
            valid = in.readAllBytes();
        }
        Random random = new Random(SEED + fixture.hashCode());
        Set<String> untranslated = new TreeSet<>();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] garbage = mutate(valid, random);
            TableImport in = TableImport.builder(Editions.builtIn()).fiscalYear(FiscalYear.of(2564)).office("x").build();
            try {
                if (fixture.startsWith("oit")) {
                    SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", GoogleFormsExportTest.resource("iit-th.csv"));
                    SheetFiles.readChecklist(in, fixture, new ByteArrayInputStream(garbage));
                } else {
                    SheetFiles.readResponses(in, fixture.startsWith("iit") ? Instrument.IIT : Instrument.EIT, fixture,
                            new ByteArrayInputStream(garbage));
                }
                in.result();
            } catch (InvalidInputException e) {
                e.problems().stream().filter(p -> p.rule(org.itascore.Language.THAI).equals(p.rule()))
                        .map(org.itascore.Problem::rule).forEach(untranslated::add);
            } catch (RuntimeException | StackOverflowError e) {
                fail(fixture + ", seed " + SEED + ", mutation " + i + ": " + e + "\ninput: " + new String(garbage, StandardCharsets.UTF_8), e);
            }
        }
        assertEquals(Set.of(), untranslated, "rules with no Thai form");
    }

    /** One to three mutations: a piece inserted, a span deleted or replaced, a byte flipped, the end cut off. */
    private static byte[] mutate(byte[] valid, Random random) {
        byte[] out = valid;
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            byte[] piece = PIECES.get(random.nextInt(PIECES.size()));
            switch (random.nextInt(5)) {
                case 0 -> out = splice(out, at, 0, piece);
                case 1 -> out = splice(out, at, Math.min(out.length - at, 1 + random.nextInt(12)), new byte[0]);
                case 2 -> out = splice(out, at, Math.min(out.length - at, 1 + random.nextInt(6)), piece);
                case 3 -> {
                    if (out.length > 0) {
                        out = out.clone();
                        out[at] = (byte) random.nextInt(256);
                    }
                }
                default -> out = java.util.Arrays.copyOf(out, at);
            }
        }
        return out;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }
}
