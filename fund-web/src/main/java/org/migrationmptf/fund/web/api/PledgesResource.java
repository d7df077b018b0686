package org.migrationmptf.fund.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.migrationmptf.fund.contribution.api.ContributionRegister;
import org.migrationmptf.fund.contribution.api.PledgeView;
import org.migrationmptf.fund.shared.Page;

/** Public pledges (memo records, never posted) with what was signed and paid against each. */
@Path("v1/pledges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class PledgesResource {

    private static final Map<String, Comparator<PledgeView>> SORTS = Map.of(
            "pledgedOn", Comparator.comparing(PledgeView::pledgedOn).thenComparing(PledgeView::id),
            "contributor", Comparator.comparing(PledgeView::contributorName).thenComparing(PledgeView::id),
            "event", Comparator.comparing(PledgeView::event).thenComparing(PledgeView::id));

    @Inject
    ContributionRegister register;

    @GET
    @PermitAll
    @Operation(summary = "Pledges, optionally of one contributor; pledged vs signed vs paid; paginated, sortable")
    public Page<PledgeView> pledges(
            @QueryParam("contributor") String contributor,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @QueryParam("sort") String sort,
            @QueryParam("order") String order) {
        return Lists.page(
                register.pledges(Optional.ofNullable(contributor)),
                Lists.page(offset, limit, sort, order),
                "pledgedOn",
                SORTS);
    }
}
