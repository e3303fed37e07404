import org.itascore.*; import org.itascore.cohort.*; import org.itascore.edition.*; import org.itascore.json.*;
import java.io.*; import java.nio.charset.StandardCharsets;
/**
 * Measures a cohort's memory: N generated reports streamed through ItaJson.readCohort into a lenient
 * CohortBuilder, then the heap in use after collections, and the time of the statistics. A measurement to run
 * by hand (see docs/PERFORMANCE.md), not a test:
 *
 * <pre>java -cp CLASSPATH benchmarks/CohortMemory.java 1000000</pre>
 */
public class CohortMemory { public static void main(String[] a) throws Exception {
  int n = Integer.parseInt(a[0]);
  java.util.Random r = new java.util.Random(1);
  PipedOutputStream po = new PipedOutputStream(); PipedInputStream pi = new PipedInputStream(po, 1<<20);
  Thread w = new Thread(() -> { try (Writer out = new OutputStreamWriter(po, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) { StringBuilder b = new StringBuilder("{\"office\":\"สพป.ตัวอย่าง " + i + "\",\"fiscalYear\":2566,\"indicators\":{");
        for (int k = 1; k <= 10; k++) b.append(k > 1 ? "," : "").append('"').append(k).append("\":").append(70 + r.nextInt(3000) / 100.0);
        out.write(b.append("}}\n").toString()); } } catch (IOException e) { throw new UncheckedIOException(e); } });
  w.start();
  long read = System.nanoTime();
  CohortResult res = ItaJson.standard().readCohort(pi, CohortBuilder.lenient(Editions.builtIn()));
  System.out.println("read in " + (System.nanoTime() - read) / 1_000_000 + " ms");
  for (int i = 0; i < 3; i++) { System.gc(); Thread.sleep(200); }
  long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
  System.out.println(n + " reports: heap in use after GC " + used / (1024*1024) + " MiB, " + used / n + " bytes per report; cohort " + res.cohort().size());
  for (int i = 1; i <= 3; i++) { // the first run includes compiling the code, the others not
    long t = System.nanoTime(); var s = res.statistics(Cohort.DEFAULT_TARGET);
    System.out.println("statistics, run " + i + ", in " + (System.nanoTime() - t) / 1_000_000 + " ms; mean " + s.mean().official());
  }
}}
