package org.migrationmptf.fund.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Says where to open the application once it has started (after migrations and checks). */
@ApplicationScoped
public class ReadyBanner {

    private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

    void announce(@Observes @Priority(1000) @Initialized(ApplicationScoped.class) Object start) {
        Config config = ConfigProvider.getConfig();
        String port = config.getOptionalValue("http.port", String.class).orElse("9080");
        String profile = config.getOptionalValue("fund.profile", String.class).orElse("production");
        String base = "http://localhost:" + port;
        String banner = "Migration MPTF is ready (" + profile + " profile): open " + base + "/ · donor dashboard "
                + base + "/contributor/dashboard.xhtml · finance " + base + "/finance/deposits.xhtml · users " + base
                + "/admin/users.xhtml · API "
                + base + "/api/v1/contributors · API description " + base + "/openapi/ui/ · health " + base
                + "/health/ready"
                + ("demo".equals(profile) ? " · demo users: see README, password demo-pass-2026" : "");
        LOG.info(banner);
        // the server console shows AUDIT and above only; the person who started the server reads this line
        System.out.println(banner);
    }
}
