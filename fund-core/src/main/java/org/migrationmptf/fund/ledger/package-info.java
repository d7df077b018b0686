/**
 * The fund's double-entry ledger: the chart of accounts and (with the contribution domain) the
 * balanced, append-only journal entries every financial event posts.
 */
package org.migrationmptf.fund.ledger;
