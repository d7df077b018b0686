package org.migrationmptf.fund.reports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.migrationmptf.fund.contribution.api.AgreementView;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.DepositStatus;
import org.migrationmptf.fund.contribution.api.DepositView;
import org.migrationmptf.fund.disbursement.api.AllocationRegister;
import org.migrationmptf.fund.disbursement.api.AllocationStatus;
import org.migrationmptf.fund.disbursement.api.AllocationView;
import org.migrationmptf.fund.disbursement.api.ExpenditureRegister;
import org.migrationmptf.fund.disbursement.api.TransferRegister;
import org.migrationmptf.fund.disbursement.api.TransferStatus;
import org.migrationmptf.fund.disbursement.api.TransferView;
import org.migrationmptf.fund.disbursement.api.YearExpenditure;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.reports.api.IatiReports;
import org.migrationmptf.fund.reports.iati.IatiTransaction;
import org.migrationmptf.fund.reports.iati.IatiWriter;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;

/**
 * Maps the registers onto IATI transaction types (domain-notes 3.5): a signed agreement is an
 * incoming commitment (11) in its currency at its signing date; a posted deposit incoming funds (1) in
 * its currency at its rate date, its USD value in the description; an approved allocation an outgoing
 * commitment (2) and an executed transfer a disbursement (3) to the PUNO, in USD; a PUNO's reported
 * expenditure of a year an expenditure (4) at the year's end. Each register is read a page of 500 at
 * a time, in its own order.
 */
@ApplicationScoped
class IatiExport implements IatiReports {

    @Inject
    ContributionRegister contributions;

    @Inject
    AllocationRegister allocations;

    @Inject
    TransferRegister transfers;

    @Inject
    ExpenditureRegister expenditure;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    Clock clock;

    @Override
    public void activities(OutputStream out, AuthenticatedUser viewer) {
        requireStaff(viewer);
        LocalDate today = LocalDate.now(clock);
        Map<String, String> contributors = new HashMap<>();
        for (ContributorSummary c : contributions.contributors()) {
            contributors.put(c.code(), c.name());
        }
        Map<String, String> punos = new HashMap<>();
        for (ParticipatingOrganizationView p : catalog.participatingOrganizations()) {
            punos.put(p.code(), p.name());
        }
        IatiTransaction.Org fund = IatiWriter.publisher();
        IatiWriter.activities(out, clock.instant(), sink -> {
            Page.each(
                    page -> contributions.agreements(today, page, viewer),
                    (AgreementView a) -> sink.accept(new IatiTransaction(
                            11,
                            a.reference(),
                            a.signedOn(),
                            a.currency(),
                            a.commitment(),
                            a.signedOn(),
                            "Contribution agreement " + a.reference(),
                            new IatiTransaction.Org(null, a.contributorName()),
                            fund)));
            Page.each(
                    page -> contributions.deposits(Optional.of(DepositStatus.POSTED), page, viewer),
                    (DepositView d) -> sink.accept(new IatiTransaction(
                            1,
                            "deposit-" + d.id(),
                            d.receivedOn(),
                            d.currency(),
                            d.amount(),
                            d.rateDate() == null ? d.receivedOn() : d.rateDate(),
                            "USD " + d.usdAmount().toPlainString() + " at "
                                    + d.unitsPerUsd().toPlainString() + " "
                                    + d.currency() + " per USD (" + d.rateSource() + "), agreement "
                                    + d.agreementReference(),
                            new IatiTransaction.Org(
                                    null, contributors.getOrDefault(d.contributorCode(), d.contributorCode())),
                            fund)));
            Page.each(
                    page -> allocations.allocations(
                            Optional.empty(), Optional.of(AllocationStatus.APPROVED), page, viewer),
                    (AllocationView a) -> {
                        LocalDate on = a.decidedAt() == null
                                ? today
                                : a.decidedAt().atZone(ZoneOffset.UTC).toLocalDate();
                        sink.accept(new IatiTransaction(
                                2,
                                "allocation-" + a.id(),
                                on,
                                "USD",
                                a.amount(),
                                on,
                                a.programme() + " · " + a.puno() + " · decision " + a.decision(),
                                fund,
                                IatiWriter.puno(a.puno(), punos.getOrDefault(a.puno(), a.puno()))));
                    });
            Page.each(
                    page -> transfers.transfers(Optional.empty(), Optional.of(TransferStatus.EXECUTED), page, viewer),
                    (TransferView t) -> sink.accept(new IatiTransaction(
                            3,
                            "transfer-" + t.id(),
                            t.valueDate(),
                            "USD",
                            t.amount(),
                            t.valueDate(),
                            t.programme() + " · " + t.puno() + " · tranche " + t.tranche(),
                            fund,
                            IatiWriter.puno(t.puno(), punos.getOrDefault(t.puno(), t.puno())))));
            Page.each(expenditure::byYear, (YearExpenditure e) -> {
                LocalDate end = LocalDate.of(e.year(), 12, 31);
                sink.accept(new IatiTransaction(
                        4,
                        e.programme() + "-" + e.puno() + "-" + e.year(),
                        end.isAfter(today) ? today : end,
                        "USD",
                        e.amount(),
                        end.isAfter(today) ? today : end,
                        e.programme() + " · " + e.puno() + " · expenditure reported for " + e.year(),
                        IatiWriter.puno(e.puno(), punos.getOrDefault(e.puno(), e.puno())),
                        null));
            });
        });
    }

    @Override
    public void organisation(OutputStream out, AuthenticatedUser viewer) {
        requireStaff(viewer);
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        Page.each(expenditure::byYear, (YearExpenditure e) -> byYear.merge(e.year(), e.amount(), BigDecimal::add));
        IatiWriter.organisation(out, clock.instant(), byYear);
    }

    private static void requireStaff(AuthenticatedUser viewer) {
        if (!viewer.isFundStaff()) {
            throw new NotFound("the IATI export (it is for the fund's staff and auditors)");
        }
    }
}
