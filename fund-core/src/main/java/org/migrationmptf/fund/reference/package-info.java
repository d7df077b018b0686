/**
 * Reference data of the fund: the 23 GCM objectives, the ten guiding principles, the Fund's thematic
 * areas (and the objectives each clusters, editable by the Steering Committee), UN budget categories,
 * currencies and Participating UN Organizations. Loaded by migrations, never held as Java constants.
 */
package org.migrationmptf.fund.reference;
