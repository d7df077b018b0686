package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.contribution.api.ExchangeRateView;
import org.migrationmptf.fund.contribution.api.ExchangeRates;
import org.migrationmptf.fund.contribution.api.RateDesk;
import org.migrationmptf.fund.contribution.api.RateImport;
import org.migrationmptf.fund.contribution.domain.ExchangeRate;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.reference.api.CurrencyView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;
import org.migrationmptf.fund.shared.ConvertedAmount;
import org.migrationmptf.fund.shared.FundCalendar;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.TooLarge;

/**
 * Imports UN operational rates from CSV, all or nothing. Each line is checked (known currency other
 * than USD, month as YYYY-MM within the fund's dates, a positive rate with at most six decimals, no
 * repeat in the file, no control character); a rate already on file for that month is accepted again
 * only with the same value, since deposits were converted with it.
 */
@ApplicationScoped
class ExchangeRateService implements ExchangeRates, RateDesk {

    static final String HEADER = "currency,month,units_per_usd";
    static final int MAX_LINES = 10_000;

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    ReferenceCatalog reference;

    @Inject
    AuditedCommands commands;

    @Inject
    FundCalendar calendar;

    /** A rate read from the file, with the line it was on. */
    private record Line(int number, ExchangeRate rate) {}

    @Override
    public RateImport importCsv(String csv, AuthenticatedUser by) {
        return commands.run(by, Permission.IMPORT_RATES, Subject.of("ExchangeRate", "csv"), event -> {
            List<Line> parsed = parse(csv, by.username());
            int unchanged = 0;
            List<InvalidInput.Issue> conflicts = new ArrayList<>();
            List<ExchangeRate> toAdd = new ArrayList<>();
            for (Line line : parsed) {
                ExchangeRate rate = line.rate();
                ExchangeRate existing =
                        em.find(ExchangeRate.class, new ExchangeRate.Key(rate.currency(), rate.effectiveOn()));
                if (existing == null) {
                    toAdd.add(rate);
                } else if (existing.unitsPerUsd().compareTo(rate.unitsPerUsd()) == 0) {
                    unchanged++;
                } else {
                    conflicts.add(new InvalidInput.Issue(
                            "line " + line.number(),
                            rate.currency() + " " + rate.month() + " is already "
                                    + existing.unitsPerUsd().toPlainString() + "; a rate in use is not replaced"));
                }
            }
            if (!conflicts.isEmpty()) {
                throw new InvalidInput("some rates differ from the rates on file; nothing was imported", conflicts);
            }
            toAdd.forEach(em::persist);
            em.flush();
            event.detail(toAdd.size() + " added, " + unchanged + " unchanged")
                    .after(Map.of(
                            "rates",
                            toAdd.stream()
                                    .map(r -> r.currency() + " " + r.month() + " "
                                            + r.unitsPerUsd().toPlainString())
                                    .collect(Collectors.joining("; "))));
            return new RateImport(
                    toAdd.size(),
                    unchanged,
                    parsed.stream().map(l -> view(l.rate())).toList());
        });
    }

    private List<Line> parse(String csv, String by) {
        List<InvalidInput.Issue> issues = new ArrayList<>();
        String[] lines = csv == null
                ? new String[0]
                : csv.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        if (lines.length == 0 || !lines[0].trim().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
            throw new InvalidInput(
                    "the file is not a rate file",
                    List.of(new InvalidInput.Issue("line 1", "the first line must be the header " + HEADER)));
        }
        if (lines.length > MAX_LINES) {
            throw new TooLarge("file", "a rate file has at most " + MAX_LINES + " lines; this one has " + lines.length);
        }
        Set<String> known =
                reference.currencies().stream().map(CurrencyView::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<Line> rates = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (n + 1);
            if (line.chars().anyMatch(Character::isISOControl)) {
                issues.add(new InvalidInput.Issue(where, "contains a control character"));
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                issues.add(new InvalidInput.Issue(
                        where, "expected 3 values (currency,month,units_per_usd), found " + cells.length));
                continue;
            }
            String currency = cells[0].trim();
            String monthText = cells[1].trim();
            String rateText = cells[2].trim();
            if (!known.contains(currency)) {
                issues.add(new InvalidInput.Issue(where, "'" + currency + "' is not a currency the fund accepts"));
                continue;
            }
            if (currency.equals("USD")) {
                issues.add(new InvalidInput.Issue(where, "USD needs no rate"));
                continue;
            }
            YearMonth month;
            try {
                month = YearMonth.parse(monthText);
            } catch (DateTimeParseException e) {
                issues.add(new InvalidInput.Issue(where, "month '" + monthText + "' is not YYYY-MM"));
                continue;
            }
            if (!calendar.contains(month.atDay(1))) {
                issues.add(new InvalidInput.Issue(where, "month " + calendar.outOfRange(monthText)));
                continue;
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(rateText);
            } catch (NumberFormatException e) {
                issues.add(new InvalidInput.Issue(where, "rate '" + rateText + "' is not a number"));
                continue;
            }
            if (rate.signum() <= 0
                    || rate.scale() > ConvertedAmount.RATE_SCALE
                    || rate.precision() - rate.scale() > 13) {
                issues.add(new InvalidInput.Issue(
                        where, "rate '" + rateText + "' must be positive with at most 6 decimals"));
                continue;
            }
            if (!seen.add(currency + " " + month)) {
                issues.add(new InvalidInput.Issue(where, currency + " " + month + " appears twice in the file"));
                continue;
            }
            rates.add(
                    new Line(n + 1, new ExchangeRate(currency, month, rate.setScale(ConvertedAmount.RATE_SCALE), by)));
        }
        if (rates.isEmpty() && issues.isEmpty()) {
            issues.add(new InvalidInput.Issue("file", "the file has no rates"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidInput("the rate file has " + issues.size() + " bad line(s); nothing was imported", issues);
        }
        return rates;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExchangeRateView> rates(Optional<String> currency, PageRequest page) {
        String where = currency.isPresent() ? " WHERE r.currency = :currency" : "";
        TypedQuery<ExchangeRate> query = em.createQuery(
                "SELECT r FROM ExchangeRate r" + where + " ORDER BY r.effectiveOn DESC, r.currency",
                ExchangeRate.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ExchangeRate r" + where, Long.class);
        currency.ifPresent(c -> {
            query.setParameter("currency", c);
            count.setParameter("currency", c);
        });
        List<ExchangeRateView> items =
                query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                        .map(ExchangeRateService::view)
                        .toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    private static ExchangeRateView view(ExchangeRate rate) {
        return new ExchangeRateView(rate.currency(), rate.month().toString(), rate.unitsPerUsd());
    }
}
