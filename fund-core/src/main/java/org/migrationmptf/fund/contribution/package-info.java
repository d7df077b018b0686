/**
 * Contributions: contributors, their public pledges (memo only), contribution agreements with
 * payment schedules and amendments, UN operational exchange rates, and deposits. A deposit is
 * recorded by one Administrative Agent finance user and verified by another; verification posts it
 * to the ledger with the Administrative Agent's 1 % fee, in one transaction.
 */
package org.migrationmptf.fund.contribution;
