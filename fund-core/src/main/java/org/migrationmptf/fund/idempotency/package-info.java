/**
 * Idempotency keys of money-moving requests: a retried request with the same key gets the same
 * answer and writes nothing; the key is stored in the transaction of the postings it guards.
 */
package org.migrationmptf.fund.idempotency;
