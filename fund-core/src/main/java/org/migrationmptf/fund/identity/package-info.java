/**
 * Who is acting and what they may do: the roles of the fund's users, the signed-in user as every
 * domain service takes it, and the one table of permissions ({@link
 * org.migrationmptf.fund.identity.api.Permission}) that says which role may perform which
 * state-changing action. Depends on nothing but the shared kernel, so every domain can speak it.
 */
package org.migrationmptf.fund.identity;
