package org.migrationmptf.fund.platform;

/**
 * Priorities of the observers of the application's start ({@code @Initialized(ApplicationScoped.class)}):
 * the schema first, then the demo data, then the checks that need both.
 */
public final class StartupOrder {

    public static final int SCHEMA = 100;
    public static final int DEMO_DATA = 200;
    /** Demo deposits and interest, posted through the services once the demo registers exist. */
    public static final int DEMO_POSTINGS = 250;
    /** Demo programmes, decisions and allocations, through the grant services once the money is in. */
    public static final int DEMO_GRANTS = 260;

    public static final int CHECKS = 300;

    private StartupOrder() {}
}
