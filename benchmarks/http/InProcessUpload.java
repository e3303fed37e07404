import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.itascore.FiscalYear;
import org.itascore.Instrument;
import org.itascore.csv.SheetFiles;
import org.itascore.edition.Editions;
import org.itascore.table.TableImport;

/**
 * The work of a sheet upload in process, the floor the service's upload is set against (benchmarks/http/web.sh):
 * the same IIT, EIT and OIT files read from memory through ita-csv into a TableImport and scored, one after
 * another on one thread, warmed up first. Prints "in-process RATE" (scorings a second), as the script's other lines.
 *
 * <pre>java -cp ita-cli/target/ita.jar benchmarks/http/InProcessUpload.java IIT.csv EIT.csv OIT.csv SECONDS</pre>
 */
public class InProcessUpload {
    public static void main(String[] args) throws Exception {
        byte[] iit = Files.readAllBytes(Path.of(args[0]));
        byte[] eit = Files.readAllBytes(Path.of(args[1]));
        byte[] oit = Files.readAllBytes(Path.of(args[2]));
        long seconds = Long.parseLong(args[3]);
        Editions editions = Editions.builtIn();
        run(editions, iit, eit, oit, 5_000_000_000L);
        long n = run(editions, iit, eit, oit, seconds * 1_000_000_000L);
        System.out.printf("in-process %.2f%n", n / (double) seconds);
    }

    private static long run(Editions editions, byte[] iit, byte[] eit, byte[] oit, long nanos) {
        long end = System.nanoTime() + nanos;
        long n = 0;
        while (System.nanoTime() < end) {
            TableImport in = TableImport.builder(editions).fiscalYear(FiscalYear.of(2564)).office("สพม.ตัวอย่าง").build();
            SheetFiles.readResponses(in, Instrument.IIT, "iit.csv", new ByteArrayInputStream(iit));
            SheetFiles.readResponses(in, Instrument.EIT, "eit.csv", new ByteArrayInputStream(eit));
            SheetFiles.readChecklist(in, "oit.csv", new ByteArrayInputStream(oit));
            if (in.result().offices().get(0).assess(null).assessment() == null) {
                throw new IllegalStateException();
            }
            n++;
        }
        return n;
    }
}
