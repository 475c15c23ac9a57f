package org.inkwell.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inkwell.directory.InmateStatus;
import org.inkwell.directory.RosterImportResult.RejectedRow;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.PersonNames;

/**
 * Reads a roster file ({@code number,lastName,firstName,status,housingUnit[,pin]}, header optional but,
 * when there is one, exactly that) into checked rows and refused rows. A file that cannot be read as CSV
 * at all, or whose header is not that one, is refused whole, before
 * anything is applied.
 */
public final class RosterCsv {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final Pattern PIN = Pattern.compile("\\d{4,8}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_NAME = 100;
    private static final int MAX_HOUSING = 40;
    private static final Set<String> STATUSES = Set.of("IN_CUSTODY", "RELEASED");
    private static final String BOM = "\uFEFF";

    /** The header every roster file starts with ({@code pin} may be left out). */
    public static final String HEADER = "number,lastName,firstName,status,housingUnit,pin";
    /** The refusal of a file whose first line is neither a row nor the expected header. */
    public static final String WRONG_HEADER = "roster.wrong-header";

    public record Row(long line, String number, String lastName, String firstName, InmateStatus status,
                      String housingUnit, String pin) {
    }

    public record Parsed(List<Row> rows, List<RejectedRow> rejected) {
    }

    private RosterCsv() {
    }

    public static Parsed parse(byte[] content) {
        String text = decode(content);
        List<CSVRecord> records = read(text);
        if (records.isEmpty()) {
            throw ApiException.badRequest("roster.empty", "The roster file has no rows.");
        }
        int first = 0;
        if (!isData(records.get(0))) {
            checkHeader(records.get(0));
            first = 1;
        }
        List<Row> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        LineCounter lines = new LineCounter(text);
        for (CSVRecord record : records.subList(first, records.size())) {
            long line = lines.lineAt(record.getCharacterPosition());
            String number = record.size() > 0 ? record.get(0).trim().toUpperCase(Locale.ROOT) : "";
            String problem = problemWith(record, number);
            if (problem == null && seen.containsKey(number)) {
                problem = "number appears more than once in this file (first on line " + seen.get(number) + ")";
            }
            if (problem != null) {
                rejected.add(new RejectedRow(line, number.isEmpty() ? null : number, problem));
                continue;
            }
            seen.put(number, line);
            String pin = record.size() == 6 && !record.get(5).isBlank() ? record.get(5).trim() : null;
            String housing = record.get(4).trim();
            rows.add(new Row(line, number, record.get(1).trim(), record.get(2).trim(),
                    InmateStatus.valueOf(record.get(3).trim().toUpperCase(Locale.ROOT)),
                    housing.isEmpty() ? null : housing, pin));
        }
        return new Parsed(rows, rejected);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString()
                    // Spreadsheets often save UTF-8 with a byte order mark, which is no part of the header.
                    .replaceFirst("^" + BOM, "");
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("roster.not-utf8", "The roster file is not UTF-8 text.");
        }
    }

    private static List<CSVRecord> read(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw ApiException.badRequest("roster.not-csv", "The roster file is not well-formed CSV: " + cause.getMessage());
        }
    }

    /** The 1-based line on which a record starts, as a spreadsheet user counts it; records come in order. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        long lineAt(long characterPosition) {
            while (position < characterPosition && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /**
     * Whether the first record is a row of people rather than a header: a row has a status in its fourth
     * column. Anything else there is a header, and it must be the expected one, so a file whose columns are
     * named or ordered differently is refused whole instead of being read into the wrong fields.
     */
    private static boolean isData(CSVRecord first) {
        return first.size() >= 4 && STATUSES.contains(first.get(3).trim().toUpperCase(Locale.ROOT));
    }

    private static void checkHeader(CSVRecord header) {
        List<String> names = header.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = List.of("number", "lastname", "firstname", "status", "housingunit");
        boolean ok = (names.size() == 5 || names.size() == 6 && names.get(5).equals("pin"))
                && names.subList(0, 5).equals(expected);
        if (!ok) {
            throw ApiException.badRequest(WRONG_HEADER, "Nothing was imported: the first line must be "
                    + "number,lastName,firstName,status,housingUnit[,pin]; it is " + String.join(",", header.toList()) + ".");
        }
    }

    /** The file's first line as written, at most 200 characters: what a wrong header looked like. */
    public static String firstLine(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        text = text.startsWith(BOM) ? text.substring(1) : text;
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** A file to fill in: the header and one example row. */
    public static String template() {
        return HEADER + "\r\n" + "A1234,Doe,Jane,IN_CUSTODY,B-12,2468\r\n";
    }

    private static String problemWith(CSVRecord record, String number) {
        if (record.size() != 5 && record.size() != 6) {
            return "expected 5 or 6 columns, found " + record.size();
        }
        if (!NUMBER.matcher(number).matches()) {
            return "number must be 1 to 20 letters, digits or dashes";
        }
        String last = record.get(1).trim();
        String first = record.get(2).trim();
        if (last.isEmpty() || first.isEmpty()) {
            return "lastName and firstName are required";
        }
        if (last.length() > MAX_NAME || first.length() > MAX_NAME) {
            return "names must be at most " + MAX_NAME + " characters";
        }
        if (!PersonNames.printable(last)) {
            return "lastName must not contain control, line-break or invisible formatting characters";
        }
        if (!PersonNames.printable(first)) {
            return "firstName must not contain control, line-break or invisible formatting characters";
        }
        String status = record.get(3).trim().toUpperCase(Locale.ROOT);
        if (!status.equals("IN_CUSTODY") && !status.equals("RELEASED")) {
            return "status must be IN_CUSTODY or RELEASED";
        }
        String housing = record.get(4).trim();
        if (housing.length() > MAX_HOUSING || CONTROL.matcher(housing).find()) {
            return "housingUnit must be at most " + MAX_HOUSING + " printable characters";
        }
        if (record.size() == 6 && !record.get(5).isBlank() && !PIN.matcher(record.get(5).trim()).matches()) {
            return "pin must be 4 to 8 digits";
        }
        return null;
    }
}
