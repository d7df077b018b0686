/**
 * The shared kernel: value objects every domain speaks in. Kept deliberately tiny; nothing here knows
 * about persistence, the container or any domain.
 */
package org.migrationmptf.fund.shared;
