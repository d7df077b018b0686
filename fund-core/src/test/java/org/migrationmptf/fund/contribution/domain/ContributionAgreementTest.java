package org.migrationmptf.fund.contribution.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.contribution.api.Earmark;
import org.migrationmptf.fund.shared.CurrencyCode;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.Money;

class ContributionAgreementTest {

    private static final CurrencyCode EUR = CurrencyCode.of("EUR");

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }

    /** Germany commits EUR 3,000,000 in two instalments, due 30 September 2022 and 2023. */
    private static ContributionAgreement germany2022() {
        return ContributionAgreement.register(
                "MIG-DEU-2022-01",
                "DEU",
                LocalDate.of(2022, 7, 20),
                eur("3000000.00"),
                "PROGRAMMATIC",
                new Earmark(Earmark.Kind.THEMATIC_AREA, "TA2"),
                List.of(LocalDate.of(2022, 9, 30), LocalDate.of(2023, 9, 30)),
                List.of(eur("1500000.00"), eur("1500000.00")),
                "finance");
    }

    @Test
    void aDepositUpToTheCommitmentFitsAndOneCentMoreIsRefused() {
        ContributionAgreement agreement = germany2022();

        agreement.requireRoomFor(eur("1000000.00"), eur("2000000.00"));
        assertThatThrownBy(() -> agreement.requireRoomFor(eur("1000000.01"), eur("2000000.00")))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("allows EUR 1000000.00 more")
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("deposit-exceeds-commitment");
    }

    @Test
    void aDepositInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> germany2022().requireRoomFor(Money.usd("10.00"), eur("0.00")))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("currency-differs");
    }

    @Test
    void arrearsAreTheInstalmentsDueAndUnpaid() {
        ContributionAgreement agreement = germany2022();

        assertThat(agreement.arrears(LocalDate.of(2022, 9, 29), eur("0.00"))).isEqualTo(eur("0.00"));
        assertThat(agreement.arrears(LocalDate.of(2022, 9, 30), eur("0.00"))).isEqualTo(eur("1500000.00"));
        assertThat(agreement.arrears(LocalDate.of(2023, 12, 31), eur("1500000.00")))
                .isEqualTo(eur("1500000.00"));
        assertThat(agreement.arrears(LocalDate.of(2023, 12, 31), eur("3000000.00")))
                .isEqualTo(eur("0.00"));
        assertThat(agreement.isInArrears(agreement.schedule().get(1), LocalDate.of(2023, 12, 31), eur("1500000.00")))
                .isTrue();
        assertThat(agreement.isInArrears(agreement.schedule().get(0), LocalDate.of(2023, 12, 31), eur("1500000.00")))
                .isFalse();
    }

    @Test
    void theScheduleMustAddUpToTheCommitment() {
        assertThatThrownBy(() -> ContributionAgreement.register(
                        "X",
                        "DEU",
                        LocalDate.of(2022, 7, 20),
                        eur("3000000.00"),
                        "PROGRAMMATIC",
                        Earmark.NONE,
                        List.of(LocalDate.of(2022, 9, 30)),
                        List.of(eur("2999999.99")),
                        "finance"))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("schedule-not-commitment");
    }

    @Test
    void anAmendmentRaisesTheCommitmentAndALoweringStopsAtWhatIsDeposited() {
        ContributionAgreement agreement = germany2022();

        agreement.amend(LocalDate.of(2023, 1, 10), eur("500000.00"), "more", eur("0.00"), "finance");
        assertThat(agreement.commitment()).isEqualTo(eur("3500000.00"));
        agreement.requireRoomFor(eur("3500000.00"), eur("0.00"));

        agreement.amend(LocalDate.of(2023, 2, 10), eur("-1000000.00"), "less", eur("2500000.00"), "finance");
        assertThat(agreement.commitment()).isEqualTo(eur("2500000.00"));
        assertThat(agreement.amendments()).extracting(Amendment::number).containsExactly(1, 2);
        assertThatThrownBy(() -> agreement.amend(
                        LocalDate.of(2023, 3, 10), eur("-0.01"), "too low", eur("2500000.00"), "finance"))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule())
                .isEqualTo("amendment-below-deposits");
    }
}
