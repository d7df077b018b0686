/** Backing beans of the Faces pages; each reads the same {@code api} read models as the REST API. */
package org.migrationmptf.fund.web.pages;
