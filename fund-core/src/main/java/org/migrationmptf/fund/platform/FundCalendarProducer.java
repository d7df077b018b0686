package org.migrationmptf.fund.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.shared.FundCalendar;

/** The fund's date range from configuration ({@code fund.dates.earliest}, {@code fund.dates.latest}). */
@ApplicationScoped
public class FundCalendarProducer {

    @Inject
    @ConfigProperty(name = "fund.dates.earliest")
    Optional<String> earliest;

    @Inject
    @ConfigProperty(name = "fund.dates.latest")
    Optional<String> latest;

    /** Dependent: a record cannot be proxied, and the services that inject it are application-scoped. */
    @Produces
    FundCalendar calendar() {
        return new FundCalendar(
                earliest.map(LocalDate::parse).orElse(FundCalendar.DEFAULT.earliest()),
                latest.map(LocalDate::parse).orElse(FundCalendar.DEFAULT.latest()));
    }
}
