/**
 * Who may sign in and in which capacity: user accounts, their roles, the contributor or Participating
 * UN Organization a user acts for, and the verification of passwords (PBKDF2 hashes only).
 */
package org.migrationmptf.fund.access;
