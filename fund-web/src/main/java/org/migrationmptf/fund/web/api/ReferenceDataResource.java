package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.reference.api.CurrencyView;
import org.migrationmptf.fund.reference.api.GcmObjectiveView;
import org.migrationmptf.fund.reference.api.ParticipatingOrganizationView;
import org.migrationmptf.fund.reference.api.ReferenceCatalog;

/** Public reference lists: GCM objectives, currencies, Participating UN Organizations. */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceDataResource {

    @Inject
    ReferenceCatalog catalog;

    @GET
    @Path("gcm-objectives")
    @PermitAll
    @Operation(summary = "The 23 objectives of the Global Compact for Migration")
    public List<GcmObjectiveView> gcmObjectives() {
        return catalog.gcmObjectives();
    }

    @GET
    @Path("guiding-principles")
    @PermitAll
    @Operation(summary = "The Compact's ten guiding principles, which concept notes and programmes address")
    public List<org.migrationmptf.fund.reference.api.GuidingPrincipleView> guidingPrinciples() {
        return catalog.guidingPrinciples();
    }

    @GET
    @Path("policy-markers")
    @PermitAll
    @Operation(summary = "The gender and human-rights marker scales every joint programme is marked on")
    public List<org.migrationmptf.fund.reference.api.PolicyMarkerView> policyMarkers() {
        return catalog.policyMarkers();
    }

    @GET
    @Path("currencies")
    @PermitAll
    @Operation(summary = "Currencies the fund accepts contributions in, with ISO 4217 minor units")
    public List<CurrencyView> currencies() {
        return catalog.currencies();
    }

    @GET
    @Path("participating-organizations")
    @PermitAll
    @Operation(summary = "Participating UN Organizations and their indirect support cost rates")
    public List<ParticipatingOrganizationView> participatingOrganizations() {
        return catalog.participatingOrganizations();
    }
}
