package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import org.migrationmptf.fund.contribution.api.DepositRequest;
import org.migrationmptf.fund.contribution.domain.ExchangeRate;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Money;

/**
 * How a deposit's amount becomes US dollars: as is when in dollars, the dollars the bank credited
 * when given (with the rate it stated, kept as stated), else the month's UN operational rate. The
 * desk records with it and the preview shows it, so both give the same figures.
 */
@ApplicationScoped
class DepositConversion {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    /** {@code amount} at its currency's decimals, converted as the request says. */
    ConvertedAmount convert(Money amount, DepositRequest request) {
        if (amount.currency().equals(CurrencyCode.USD)) {
            if (request.usdReceived() != null || request.bankStatedRate() != null) {
                throw invalid("usdReceived", "a deposit in US dollars needs no conversion");
            }
            return ConvertedAmount.sameCurrency(amount, request.receivedOn());
        }
        if (request.usdReceived() != null) {
            Money usd = Money.ofField("usdReceived", request.usdReceived(), CurrencyCode.USD);
            if (request.bankStatedRate() != null
                    && (request.bankStatedRate().signum() <= 0
                            || request.bankStatedRate().stripTrailingZeros().scale()
                                    > ConvertedAmount.STATED_RATE_MAX_SCALE)) {
                throw invalid(
                        "bankStatedRate",
                        "must be positive with at most " + ConvertedAmount.STATED_RATE_MAX_SCALE + " decimals");
            }
            return ConvertedAmount.fromBankProceeds(amount, usd, request.receivedOn(), request.bankStatedRate());
        }
        if (request.bankStatedRate() != null) {
            throw invalid("bankStatedRate", "give the US dollars the bank credited (usdReceived) with its rate");
        }
        YearMonth month = YearMonth.from(request.receivedOn());
        ExchangeRate rate = em.find(
                ExchangeRate.class, new ExchangeRate.Key(amount.currency().value(), month.atDay(1)));
        if (rate == null) {
            throw new DomainRuleViolation(
                    "no-exchange-rate",
                    "there is no UN operational rate for " + amount.currency() + " in " + month
                            + "; import it, or give the US dollars the bank credited");
        }
        return ConvertedAmount.atOperationalRate(amount, rate.unitsPerUsd(), rate.effectiveOn());
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(
                "the request's " + field + " is not valid", java.util.List.of(new InvalidInput.Issue(field, message)));
    }
}
