/**
 * Wiring of the domains to the container: the schema migrations that run before the application
 * serves its first request, the start-up order, and the clock every service is given.
 */
package org.migrationmptf.fund.platform;
