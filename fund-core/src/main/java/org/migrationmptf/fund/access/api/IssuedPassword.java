package org.migrationmptf.fund.access.api;

/**
 * A one-time password issued to a user (at creation or by a reset), shown to the administrator once
 * and never stored in clear: the user must replace it at the first sign-in.
 */
public record IssuedPassword(AccountView account, String oneTimePassword) {}
