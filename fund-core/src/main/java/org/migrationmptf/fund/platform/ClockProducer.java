package org.migrationmptf.fund.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, injected wherever "now" matters, so tests can fix it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
