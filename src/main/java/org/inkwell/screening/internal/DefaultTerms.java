package org.inkwell.screening.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inkwell.screening.Category;
import org.springframework.core.io.ClassPathResource;

/** The default term list shipped in the jar ({@code screening/default-terms.csv}: category,term). */
public final class DefaultTerms {

    public record Entry(Category category, String term) {
    }

    private DefaultTerms() {
    }

    public static List<Entry> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource("screening/default-terms.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            List<Entry> entries = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                entries.add(new Entry(Category.valueOf(record.get("category")),
                        record.get("term").toLowerCase(Locale.ROOT)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("The default term list is missing from the build", e);
        }
    }
}
