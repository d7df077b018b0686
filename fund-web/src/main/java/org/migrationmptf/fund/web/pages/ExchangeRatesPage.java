package org.migrationmptf.fund.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmptf.fund.contribution.api.ExchangeRateView;
import org.migrationmptf.fund.contribution.api.ExchangeRates;
import org.migrationmptf.fund.contribution.api.RateDesk;
import org.migrationmptf.fund.contribution.api.RateImport;
import org.migrationmptf.fund.shared.PageRequest;

/** The rate import (all or nothing) and the latest UN operational rates. */
@Named
@ViewScoped
public class ExchangeRatesPage implements Serializable {

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

    public String importRates() {
        if (rateFile == null || rateFile.getSize() == 0) {
            PageCommands.error("Choose a CSV file with the header currency,month,units_per_usd");
            return null;
        }
        if (rateFile.getSize() > MAX_FILE_BYTES) {
            PageCommands.error("A rate file has at most " + MAX_FILE_BYTES + " bytes; nothing was imported");
            return null;
        }
        String csv;
        try (InputStream in = rateFile.getInputStream()) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            PageCommands.error("The file could not be read; nothing was imported");
            return null;
        }
        return commands.submit(
                currentUser.required(), token, "import rates", Map.of("csv", csv), "/finance/exchange-rates", () -> {
                    RateImport result = desk.importCsv(csv, currentUser.required());
                    return result.added() + " rate(s) added, " + result.unchanged()
                            + " already on file with the same value";
                });
    }

    public List<ExchangeRateView> getRecentRates() {
        return new ArrayList<>(
                rates.rates(Optional.empty(), PageRequest.first(60)).items());
    }

    public Part getRateFile() {
        return rateFile;
    }

    public void setRateFile(Part rateFile) {
        this.rateFile = rateFile;
    }
}
