package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Long reports in the background (Prefer: respond-async): 202 with the job to follow, its progress
 * up to DONE, then the file, byte for byte the one the synchronous request gives; a job is its
 * owner's only, and bad parameters are refused before any job starts.
 */
class ReportJobsIT {

    private static HttpResponse<String> startAs(String user, String path) {
        return FundServer.send(FundServer.requestAs(user, path)
                .header("Prefer", "respond-async")
                .GET());
    }

    /** Follows the job until it ends (the server generates it; this only waits, it asserts no time). */
    private static JsonObject finished(String user, String location) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> state = FundServer.getAs(user, location);
            assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
            JsonObject job = FundServer.object(state);
            assertThat(job.getInt("percent")).isBetween(0, 100);
            if (!job.getString("state").equals("RUNNING")) {
                return job;
            }
            assertThat(state.headers().firstValue("Retry-After")).hasValue("1");
            Thread.sleep(200);
        }
        throw new AssertionError("the job at " + location + " did not end");
    }

    @Test
    void theAuditTrailIsGeneratedInTheBackgroundAndIsTheSameFileAsTheDirectOne() throws Exception {
        String path = "/api/v1/reports/audit-trail.pdf?from=2026-01-01&to=2026-06-30";
        HttpResponse<String> started = startAs("auditor", path);

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.headers().firstValue("Preference-Applied")).hasValue("respond-async");
        String location = started.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/api/v1/reports/jobs/");
        String path2 = location.substring(location.indexOf("/api/"));
        JsonObject job = finished("auditor", path2);
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("percent")).isEqualTo(100);
        assertThat(job.getString("fileName")).isEqualTo("audit-trail-2026-01-01-2026-06-30.pdf");

        HttpResponse<byte[]> file = FundServer.sendForBytes(
                FundServer.requestAs("auditor", path2 + "/file").GET());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("X-Content-SHA256")).hasValue(job.getString("sha256"));
        assertThat(MoneyAndDatesIT.pdfText(file.body())).contains("Chain verification");
        HttpResponse<byte[]> direct =
                FundServer.sendForBytes(FundServer.requestAs("auditor", path).GET());
        assertThat(file.body()).as("the same inputs give the same bytes").isEqualTo(direct.body());

        HttpResponse<String> someoneElse = FundServer.getAs("finance", path2);
        assertThat(someoneElse.statusCode()).isEqualTo(404);
        assertThat(FundServer.getAs("finance", path2 + "/file").statusCode()).isEqualTo(404);
    }

    @Test
    void theAnnualReportToo() throws Exception {
        HttpResponse<String> started = startAs("officer", "/api/v1/reports/annual/2025.csv");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        assertThat(finished("officer", path).getString("state")).isEqualTo("DONE");

        String csv = Api.as("officer").get(path + "/file").body();
        assertThat(csv)
                .isEqualTo(
                        Api.as("officer").get("/api/v1/reports/annual/2025.csv").body());
    }

    @Test
    void badParametersAreRefusedBeforeAnyJobStartsAndAnUnknownJobIsNotFound() {
        HttpResponse<String> backwards =
                startAs("auditor", "/api/v1/reports/audit-trail.pdf?from=2026-06-30&to=2026-01-01");
        assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(400);
        assertThat(backwards.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> noYear = startAs("auditor", "/api/v1/reports/annual/1999.pdf");
        assertThat(noYear.statusCode()).isIn(400, 404);

        HttpResponse<String> notAuditor = startAs("officer", "/api/v1/reports/audit-trail.pdf");
        assertThat(notAuditor.statusCode()).isEqualTo(403);

        HttpResponse<String> unknown = FundServer.getAs("auditor", "/api/v1/reports/jobs/no-such-job");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
