/**
 * The fund's domains. Each domain is a package with three roles:
 *
 * <ul>
 *   <li>{@code api}: what other domains and modules may use (services and records);
 *   <li>{@code domain}: aggregates, value objects and repository interfaces;
 *   <li>{@code internal}: implementations (JPA repositories, application services).
 * </ul>
 *
 * {@code shared} is the tiny kernel (money, currency) every domain may use; {@code platform} wires the
 * application to its container (schema migrations, clock). The rules are executable: see
 * {@code ModuleBoundariesTest}.
 */
package org.migrationmptf.fund;
