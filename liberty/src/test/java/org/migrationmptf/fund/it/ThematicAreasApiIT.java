package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first slice, through all four modules: the thematic areas as JSON and as a JasperReports PDF. */
class ThematicAreasApiIT {

    @Test
    void theFiveAreasComeWithTheirObjectivesToAnyone() {
        HttpResponse<String> response = FundServer.get("/api/v1/thematic-areas");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonArray areas = FundServer.array(response);
        assertThat(areas).hasSize(5);
        assertThat(areas.getValuesAs(JsonObject.class).stream().map(a -> a.getString("code")))
                .containsExactly("TA1", "TA2", "TA3", "TA4", "TA5");
        JsonObject ta2 = areas.getJsonObject(1);
        assertThat(ta2.getString("name")).startsWith("Protecting the human rights, safety and well-being of migrants");
        assertThat(numbers(ta2)).containsExactly(2, 7, 8, 12, 13, 23);
        assertThat(numbers(areas.getJsonObject(2))).containsExactly(9, 10, 11, 13, 14, 21, 23);
        assertThat(ta2.getJsonArray("objectives").getJsonObject(0).getString("title"))
                .isEqualTo("Minimize the adverse drivers and structural factors that compel people to leave their"
                        + " country of origin");
    }

    @Test
    void thePdfIsGeneratedFromTheSameDataWithEmbeddedFontsAndExtractableText() throws Exception {
        HttpResponse<byte[]> response = FundServer.sendForBytes(
                FundServer.request("/api/v1/thematic-areas.pdf").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"thematic-areas-"));
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(response.headers().firstValue("X-Content-SHA256")).contains(sha256(pdf));

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils not installed");
        Path file = Files.createTempFile("thematic-areas", ".pdf");
        Files.write(file, pdf);
        String text = run("pdftotext", "-layout", file.toString(), "-");
        assertThat(text)
                .contains("Migration Multi-Partner Trust Fund")
                .contains("Thematic areas and the GCM objectives they cluster")
                .contains("TA1", "TA2", "TA3", "TA4", "TA5")
                .contains("Improving the social inclusion and integration of migrants")
                .contains("Obj. 23");
        String fonts = run("pdffonts", file.toString());
        assertThat(fonts).contains("DejaVuSans");
        assertThat(fonts.lines().filter(l -> l.contains("DejaVu")))
                .allSatisfy(line -> assertThat(line).contains(" yes "));
    }

    private static List<Integer> numbers(JsonObject area) {
        return area.getJsonArray("objectives").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getInt("number"))
                .toList();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }
}
