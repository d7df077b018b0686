package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmptf.fund.it.Api.amount;
import static org.migrationmptf.fund.it.Api.json;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded mixed load (quality bar R3, issue 8 section 10): for {@code it.load.seconds} (60 by
 * default) six clients amend agreements, record deposits on them, and verify and reject the recorded
 * deposits, on the same few agreements, at once, including two checkers racing for one deposit. Every
 * answer is one the API documents (2xx, 409, 412, 422) and none is a 500; afterwards the trial
 * balance is zero, the audit chain verifies, and no agreement holds more than its commitment.
 */
class MixedLoadIT {

    private static final int CLIENTS = 6;

    @Test
    void amendingRecordingVerifyingAndRejectingAtOnceNeverAnswers500AndKeepsTheBooksExact() throws Exception {
        long seconds = Long.getLong("it.load.seconds", 60);
        List<Long> agreements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            agreements.add(ContributionsIT.agreement("NOR", "2026-01-05", "USD", "2000.00", "2026-06-30"));
        }
        ConcurrentLinkedDeque<Integer> recorded = new ConcurrentLinkedDeque<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(c);
            clients.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long agreement = agreements.get(random.nextInt(agreements.size()));
                    HttpResponse<String> answer;
                    int pick = random.nextInt(10);
                    if (pick < 4) {
                        answer = Api.as("finance")
                                .idempotent()
                                .post(
                                        "/api/v1/agreements/" + agreement + "/deposits",
                                        json("receivedOn", "2026-01-20", "amount", amount("10.00"), "currency", "USD"));
                        if (answer.statusCode() == 201) {
                            recorded.add(FundServer.object(answer).getInt("id"));
                        }
                    } else if (pick < 6) {
                        answer = Api.as("finance")
                                .post(
                                        "/api/v1/agreements/" + agreement + "/amendments",
                                        json(
                                                "signedOn",
                                                "2026-01-21",
                                                "change",
                                                amount(random.nextBoolean() ? "5.00" : "-5.00"),
                                                "reason",
                                                "load"));
                    } else {
                        Integer deposit = random.nextBoolean() ? recorded.pollFirst() : recorded.peekLast();
                        if (deposit == null) {
                            continue;
                        }
                        answer = pick < 9
                                ? Api.as("finance2").idempotent().post("/api/v1/deposits/" + deposit + "/verification")
                                : Api.as("finance2")
                                        .post(
                                                "/api/v1/deposits/" + deposit + "/rejection",
                                                json("reason", "load test"));
                    }
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (!List.of(200, 201, 409, 412, 422).contains(answer.statusCode())) {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(seconds + 120, TimeUnit.SECONDS)).isTrue();

        System.out.println("mixed load, " + seconds + " s, " + CLIENTS + " clients: " + statuses);
        assertThat(unexpected).as("answers outside the contract").isEmpty();
        assertThat(statuses).doesNotContainKeys(500, 502, 503);
        assertThat(statuses.get(201)).as("deposits were recorded").isNotNull();
        assertThat(statuses.get(200))
                .as("deposits were verified or rejected, agreements amended")
                .isNotNull();

        JsonObject tb = FundServer.object(Api.as("auditor").get("/api/v1/ledger/trial-balance"));
        assertThat(tb.getJsonNumber("difference").bigDecimalValue()).isZero();
        assertThat(FundServer.object(Api.as("auditor").get("/api/v1/audit-events/verification"))
                        .getBoolean("intact"))
                .isTrue();
        for (long agreement : agreements) {
            JsonObject view = FundServer.object(Api.as("finance").get("/api/v1/agreements/" + agreement));
            BigDecimal used = view.getJsonNumber("deposited")
                    .bigDecimalValue()
                    .add(view.getJsonNumber("pending").bigDecimalValue());
            assertThat(used)
                    .isLessThanOrEqualTo(view.getJsonNumber("commitment").bigDecimalValue());
            BigDecimal posted = FundServer.array(Api.as("finance").get("/api/v1/agreements/" + agreement + "/deposits"))
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(d -> d.getString("status").equals("POSTED"))
                    .map(d -> d.getJsonNumber("amount").bigDecimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(view.getJsonNumber("deposited").bigDecimalValue()).isEqualByComparingTo(posted);
        }
    }
}
