package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.contribution.api.ExchangeRateView;
import org.migrationmptf.fund.contribution.api.ExchangeRates;
import org.migrationmptf.fund.contribution.api.RateDesk;
import org.migrationmptf.fund.contribution.api.RateImport;
import org.migrationmptf.fund.reports.tables.Column;
import org.migrationmptf.fund.reports.tables.Sheet;

/** The rate import (all or nothing) and the latest UN operational rates. */
@Named
@ViewScoped
public class ExchangeRatesPage implements Serializable, Downloadable {

    private static final long serialVersionUID = 1L;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    @Inject
    ExchangeRates rates;

    @Inject
    RateDesk desk;

    @Inject
    PageCommands commands;

    @Inject
    CurrentUser currentUser;

    private final String token = PageCommands.newToken();
    private transient Part rateFile;
    private PagedTable<ExchangeRateView> table;

    public String importRates() {
        if (rateFile == null || rateFile.getSize() == 0) {
            PageCommands.error(Texts.text("rates.chooseFile"));
            return null;
        }
        if (rateFile.getSize() > MAX_FILE_BYTES) {
            PageCommands.error(Texts.format("rates.tooLarge", MAX_FILE_BYTES));
            return null;
        }
        String csv;
        try (InputStream in = rateFile.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            PageCommands.error(Texts.text("rates.unreadable"));
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "import rates", Map.of("csv", csv), "/finance/exchange-rates", () -> {
                    RateImport result = desk.importCsv(csv, currentUser.required());
                    return Texts.format("rates.imported", result.added(), result.unchanged());
                });
    }

    /** The rates on file, latest month first, a page at a time. */
    public PagedTable<ExchangeRateView> getRates() {
        if (table == null) {
            table = new PagedTable<>(page -> rates.rates(Optional.empty(), page), java.util.Set.of(), null, false);
        }
        return table;
    }

    @Override
    public Optional<Sheet> sheet(String name) {
        if (!name.equals("exchange-rates")) {
            return Optional.empty();
        }
        return Optional.of(Sheet.paged(
                "exchange-rates",
                Texts.text("rates.title"),
                List.of(
                        Column.text(Texts.text("rates.month")),
                        Column.text(Texts.text("rates.currency")),
                        Column.number(Texts.text("rates.unitsPerUsd"), 6)),
                page -> rates.rates(Optional.empty(), page),
                null,
                false,
                r -> List.of(r.month(), r.currency(), r.unitsPerUsd())));
    }

    public Part getRateFile() {
        return rateFile;
    }

    public void setRateFile(Part rateFile) {
        this.rateFile = rateFile;
    }
}
