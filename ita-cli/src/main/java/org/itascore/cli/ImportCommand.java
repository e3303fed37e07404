package org.itascore.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.itascore.Instrument;
import org.itascore.InvalidInputException;
import org.itascore.csv.SheetFiles;
import org.itascore.json.ItaJson;
import org.itascore.json.SurveyBatchWriter;
import org.itascore.raw.Populations;
import org.itascore.table.ChecklistColumns;
import org.itascore.table.ImportMapping;
import org.itascore.table.ImportResult;
import org.itascore.table.ImportedOffice;
import org.itascore.table.MappingProposal;
import org.itascore.table.SheetMapping;
import org.itascore.table.SheetReport;
import org.itascore.table.TableImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ita import}: converts Google Forms responses exports and a checklist sheet to the JSON formats other
 * tools read (a survey batch, format 2; an OIT checklist, format 3), or proposes the import map of the sheets.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Convert Google Forms responses exports (--iit, --eit) and a checklist sheet (--oit), CSV or XLSX, "
                + "to a survey batch (docs/json-format.md, format 2) and an OIT checklist (format 3) per office; or, with "
                + "--propose-map, write the import map (format 8) the library proposes, to save and edit.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ita import --iit iit.csv --eit eit.csv --oit oit.csv --office NAME --fiscal-year 2569 --out DIR",
            "  ita import --iit iit.csv --eit eit.csv --fiscal-year 2569 --propose-map > map.json",
            "  ita import --iit iit.csv --eit eit.csv --fiscal-year 2569 --map map.json --out DIR"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TableOptions tables = new TableOptions();

    @Option(names = "--oit", paramLabel = "FILE", description = "The OIT checklist sheet (CSV or XLSX), if any.")
    String oit;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The folder to write into: survey-batch.json and oit-checklist.json, or one folder per office "
                    + "when the sheets hold several. Files are written whole or not at all.")
    String out;

    @Option(names = "--propose-map",
            description = "Write the import map proposed from the sheets' headers to standard output; what it could not "
                    + "map is listed on standard error (exit 1).")
    boolean proposeMap;

    @Mixin
    EditionFiles editionFiles = new EditionFiles();

    @Mixin
    OutputOptions output = new OutputOptions();

    private final Ita.Context context;

    /** What the proposal could not map, one line each, printed on standard error. */
    private final List<String> unmapped = new ArrayList<>();

    ImportCommand(Ita.Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        output.check("import");
        if (!tables.given()) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: import reads a responses export: give --iit, --eit or both"));
        }
        if (proposeMap) {
            return propose();
        }
        if (out == null) {
            throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: --out: name the folder to write into"));
        }
        Path dir = Path.of(out);
        Writers writers = new Writers(dir);
        try {
            TableImport in = tables.request(editionFiles.registry(context), context, oit != null, false, null, writers::write,
                    output.style().language()).open();
            writers.in = in;
            Input checklist = oit == null ? null : Input.read(oit, context.stdin(), null);
            ImportResult result = tables.read(in, checklist, context);
            TableOptions.notes(result, output.style().language()).forEach(context.stderr()::println);
            TableOptions.skipped(result, output.style().language()).forEach(context.stderr()::println);
            List<String> written = writers.finish(result);
            written.forEach(context.stderr()::println);
            return ExitCodes.OK;
        } finally {
            writers.discard();
        }
    }

    /** Proposes the mapping of each sheet given; prints it, and what it leaves unmapped. */
    private int propose() {
        TableImport in = tables.request(editionFiles.registry(context), context, oit != null, false, null, null,
                output.style().language()).open();
        Optional<SheetMapping> iit = proposal(in, Instrument.IIT, tables.iit);
        Optional<SheetMapping> eit = proposal(in, Instrument.EIT, tables.eit);
        Optional<ChecklistColumns> columns = Optional.empty();
        if (oit != null) {
            List<String> headers = headers(oit);
            columns = ChecklistColumns.recognize(headers);
            if (columns.isEmpty()) {
                unmapped.add("ita: " + Input.nameOf(oit) + ": the checklist's item and published columns were not recognized; "
                        + "name them under \"oit\" in the map");
            }
        }
        String map = ItaJson.standard().write(ImportMapping.of(iit, eit, columns, Map.of()));
        unmapped.forEach(context.stderr()::println);
        return Output.print(spec, map, unmapped.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS);
    }

    private Optional<SheetMapping> proposal(TableImport in, Instrument instrument, String file) {
        if (file == null) {
            return Optional.empty();
        }
        org.itascore.csv.SheetPreview preview = preview(file);
        MappingProposal proposal = in.propose(instrument, preview.headers(), preview.rows());
        SheetReport sheet = new SheetReport(Input.nameOf(file), com.google.common.collect.ImmutableList.copyOf(preview.headers()),
                0, 0, 0, 0, proposal.problems(), 0, proposal.notes());
        unmapped.addAll(CliException.sheetLines(sheet, output.style().language()));
        TableOptions.notes(sheet, output.style().language()).forEach(context.stderr()::println);
        return Optional.of(proposal.mapping());
    }

    private List<String> headers(String file) {
        return preview(file).headers();
    }

    /** {@return a sheet's header row and first rows: what a proposal by the form's order looks at} */
    private org.itascore.csv.SheetPreview preview(String file) {
        try (java.io.InputStream bytes = Input.open(file, context.stdin())) {
            return SheetFiles.preview(Input.nameOf(file), bytes, MappingProposal.SAMPLE);
        } catch (InvalidInputException e) {
            throw Failures.invalid(Input.nameOf(file), e);
        } catch (UncheckedIOException e) {
            throw Failures.unreadable(Input.nameOf(file), e);
        } catch (IOException e) {
            throw Failures.unreadable(Input.nameOf(file), new UncheckedIOException(e));
        }
    }

    /**
     * The survey batches being written, one temporary file per office, renamed into place only when the whole
     * import succeeded, and removed otherwise.
     */
    private final class Writers {
        private final Path dir;
        private final Map<String, Open> open = new LinkedHashMap<>();
        TableImport in;

        Writers(Path dir) {
            this.dir = dir;
        }

        private record Open(Path temp, OutputStream stream, SurveyBatchWriter writer) {
        }

        void write(String office, org.itascore.survey.Response response) {
            open.computeIfAbsent(office, this::start).writer().write(response);
        }

        private Open start(String office) {
            try {
                Files.createDirectories(dir);
                Path temp = temporary(dir);
                OutputStream stream = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
                Populations populations = tables.populations().orElse(Populations.UNKNOWN);
                return new Open(temp, stream, ItaJson.standard().surveyBatchWriter(stream, in.edition(), office,
                        in.fiscalYear(), populations));
            } catch (IOException e) {
                throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + out + ": cannot write: " + e.getMessage()));
            }
        }

        /**
         * Closes every batch, writes the checklists, and moves each file into place; returns what was written. Every
         * folder is named first, distinct even where a file system ignores case. A move that fails takes back the
         * files this import moved and the folders it made, so that a failure leaves nothing behind.
         */
        List<String> finish(ImportResult result) {
            List<String> lines = new ArrayList<>();
            boolean several = result.offices().size() > 1;
            // each office's folder, named before anything moves: a name told apart from another only by case (one folder
            // on the file systems that ignore case) takes its suffix too
            Map<String, String> folderOf = new LinkedHashMap<>();
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (ImportedOffice office : result.offices()) {
                String folder = several ? folderName(office.office()) : "";
                if (several && !taken.add(folder.toLowerCase(java.util.Locale.ROOT))) {
                    folder = suffixed(office.office());
                    if (!taken.add(folder.toLowerCase(java.util.Locale.ROOT))) {
                        throw new CliException(ExitCodes.INVALID_INPUT, List.of("ita: " + out + ": the office \"" + office.office()
                                + "\" would be written to the folder of another (" + folder + "); nothing was written"));
                    }
                }
                folderOf.put(office.office(), folder);
            }
            List<Path> moved = new ArrayList<>();
            List<Path> made = new ArrayList<>();
            try {
                for (ImportedOffice office : result.offices()) {
                    Path folder = several ? dir.resolve(folderOf.get(office.office())) : dir;
                    if (!Files.isDirectory(folder)) {
                        Files.createDirectories(folder);
                        made.add(folder);
                    }
                    Open batch = open.remove(office.office());
                    if (batch == null) {
                        batch = start(office.office());
                    }
                    batch.writer().close();
                    batch.stream().close();
                    Path target = folder.resolve("survey-batch.json");
                    Files.move(batch.temp(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    moved.add(target);
                    lines.add("ita: wrote " + target + " (" + office.office() + ", " + office.batch().iit().respondents()
                            + " IIT and " + office.batch().eit().respondents() + " EIT responses)");
                    if (office.checklistInput().isPresent()) {
                        Path checklist = folder.resolve("oit-checklist.json");
                        Path temp = temporary(folder);
                        Files.writeString(temp, ItaJson.standard().writeValue(office.checklistInput().get()));
                        Files.move(temp, checklist, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                        moved.add(checklist);
                        lines.add("ita: wrote " + checklist);
                    }
                }
            } catch (IOException | RuntimeException e) {
                takeBack(moved, made);
                if (e instanceof CliException cli) {
                    throw cli;
                }
                throw new CliException(ExitCodes.UNREADABLE, List.of("ita: " + out + ": cannot write: " + e.getMessage()
                        + "; nothing was written"));
            }
            return lines;
        }

        /** Deletes the files an import moved into place and the folders it made, newest first. */
        private void takeBack(List<Path> moved, List<Path> made) {
            for (Path p : moved) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    p.toFile().deleteOnExit();
                }
            }
            for (int i = made.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(made.get(i));
                } catch (IOException e) {
                    // not empty, or gone: left as it is
                }
            }
        }

        /** Removes every temporary file left: an import refused or failed writes nothing. */
        void discard() {
            for (Open o : open.values()) {
                try {
                    o.stream().close();
                    Files.deleteIfExists(o.temp());
                } catch (IOException e) {
                    o.temp().toFile().deleteOnExit();
                }
            }
            open.clear();
        }
    }

    /** {@return a new temporary file's path in a folder, created with the default permissions (a temp file's are private)} */
    private static Path temporary(Path folder) throws IOException {
        for (int n = 0; ; n++) {
            Path temp = folder.resolve(".ita-import-" + ProcessHandle.current().pid() + "-" + n + ".tmp");
            try {
                Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW).close();
                return temp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: try the next
            }
        }
    }

    /**
     * {@return an office's name as a folder name with a suffix of its SHA-256: the characters no file system allows
     * replaced, shortened to {@link #MAX_FOLDER_BYTES} bytes of UTF-8}
     */
    static String suffixed(String office) {
        String name = office.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        name = name.isEmpty() || name.startsWith(".") ? "_" + name : name;
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_FOLDER_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(office.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cut.toString().strip() + "-" + java.util.HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The most bytes of a folder's name before its suffix: file systems allow 255. */
    static final int MAX_FOLDER_BYTES = 200;

    /**
     * {@return an office's name as a folder name, distinct for distinct names}: the name itself when every file system
     * takes it; otherwise the characters none allows replaced, a name too long shortened, and a suffix of the name's
     * SHA-256 added ({@code A/B} and {@code A:B} become {@code A_B-1c8f...} and {@code A_B-9e2a...}), stable from run
     * to run
     */
    static String folderName(String office) {
        boolean plain = !office.matches("(?s).*[\\\\/:*?\"<>|\\p{Cntrl}].*") && office.equals(office.strip()) && !office.isEmpty()
                && !office.startsWith(".") && office.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_FOLDER_BYTES;
        return plain ? office : suffixed(office);
    }
}
