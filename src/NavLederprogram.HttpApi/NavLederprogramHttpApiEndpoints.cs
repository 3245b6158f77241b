using Microsoft.AspNetCore.Routing;
using NavLederprogram.Competence;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Programmes;

namespace NavLederprogram;

public static class NavLederprogramHttpApiEndpoints
{
    public static IEndpointRouteBuilder MapNavLederprogramApi(this IEndpointRouteBuilder app) =>
        app.MapIdentityEndpoints().MapOrganisationEndpoints().MapCompetenceEndpoints()
            .MapCalendarEndpoints().MapCertificateEndpoints();
}
