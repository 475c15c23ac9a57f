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
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inkwell.directory.InmateStatus;
import org.inkwell.directory.RosterImportResult.RejectedRow;
import org.inkwell.platform.ApiException;
import org.inkwell.platform.PersonNames;

/**
 * Reads a roster file ({@code number,lastName,firstName,status,housingUnit[,pin]}, header optional)
 * into checked rows and refused rows. A file that cannot be read as CSV at all is refused whole, before
 * anything is applied.
 */
public final class RosterCsv {

    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9-]{1,20}");
    private static final Pattern PIN = Pattern.compile("\\d{4,8}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_NAME = 100;
    private static final int MAX_HOUSING = 40;

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
            throw ApiException.badRequest("The roster file has no rows.");
        }
        int first = 0;
        if (records.get(0).size() > 0 && records.get(0).get(0).trim().equalsIgnoreCase("number")) {
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
                    .toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The roster file is not UTF-8 text.");
        }
    }

    private static List<CSVRecord> read(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw ApiException.badRequest("The roster file is not well-formed CSV: " + cause.getMessage());
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

    private static void checkHeader(CSVRecord header) {
        List<String> names = header.stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = List.of("number", "lastname", "firstname", "status", "housingunit");
        boolean ok = (names.size() == 5 || names.size() == 6 && names.get(5).equals("pin"))
                && names.subList(0, 5).equals(expected);
        if (!ok) {
            throw ApiException.badRequest(
                    "The header must be number,lastName,firstName,status,housingUnit[,pin]; found " + String.join(",", header.toList()) + ".");
        }
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
