package org.migrationmptf.fund.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every integration-test class (registered for all of them through the service loader): the
 * trial balance is zero at today's date and the audit trail's hash chain verifies. A class that leaves
 * the ledger unbalanced or the chain broken fails here, named.
 */
public class LedgerStaysBalanced implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        HttpResponse<String> tb = FundServer.getAs("auditor", "/api/v1/ledger/trial-balance");
        assertThat(tb.statusCode()).as(tb.body()).isEqualTo(200);
        JsonObject balance = FundServer.object(tb);
        assertThat(balance.getJsonNumber("difference").bigDecimalValue())
                .as("trial balance difference after " + context.getDisplayName())
                .isZero();
        assertThat(balance.getJsonNumber("totalDebit").bigDecimalValue())
                .isEqualByComparingTo(balance.getJsonNumber("totalCredit").bigDecimalValue());

        HttpResponse<String> chain = FundServer.getAs("auditor", "/api/v1/audit-events/verification");
        assertThat(FundServer.object(chain).getBoolean("intact"))
                .as("audit chain after " + context.getDisplayName() + ": " + chain.body())
                .isTrue();
    }
}
