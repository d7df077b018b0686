package org.migrationmptf.fund.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** DEMO DATA ONLY. The demo fund's CSV files on the class path: a header line, then comma-separated rows. */
public final class DemoFiles {

    private DemoFiles() {}

    /** The rows of a demo CSV file, without its header; empty fields are kept. */
    public static List<String[]> csv(String resource) {
        try (InputStream in = DemoFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
