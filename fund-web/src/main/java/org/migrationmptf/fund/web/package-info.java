/**
 * The web front of the fund: the versioned REST API ({@code api}), its one error contract
 * ({@code problem}, RFC 9457), authentication ({@code security}), the Faces pages ({@code pages}) and
 * the readiness check ({@code health}). Thin: every rule lives in fund-core; this module only speaks
 * HTTP and uses the domains' {@code api} packages.
 */
package org.migrationmptf.fund.web;
