package org.migrationmptf.fund.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The fund's JSON API under {@code /api}; every resource is versioned ({@code /api/v1/...}). Errors
 * are always {@code application/problem+json}. Described at {@code /openapi} (browsable at
 * {@code /openapi/ui}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Migration MPTF fund API",
                        version = "1",
                        description = "Contributions, allocations, transfers, ledger and reports of the Migration"
                                + " Multi-Partner Trust Fund. Errors are RFC 9457 application/problem+json."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class FundApiApplication extends Application {}
