using Microsoft.AspNetCore.Routing;
using NavLederprogram.Audit;
using NavLederprogram.Competence;
using NavLederprogram.Development;
using NavLederprogram.ELearning;
using NavLederprogram.Evaluations;
using NavLederprogram.Home;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.PeerSupervision;
using NavLederprogram.PersonalData;
using NavLederprogram.Programmes;
using NavLederprogram.Reporting;
using NavLederprogram.Scheduling;

namespace NavLederprogram;

public static class NavLederprogramHttpApiEndpoints
{
    public static IEndpointRouteBuilder MapNavLederprogramApi(this IEndpointRouteBuilder app) =>
        app.MapIdentityEndpoints().MapSchedulingEndpoints().MapOrganisationEndpoints().MapCompetenceEndpoints().MapProgrammeEndpoints()
            .MapNotificationEndpoints().MapCalendarEndpoints().MapCertificateEndpoints().MapHomeEndpoints()
            .MapELearningEndpoints().MapPeerSupervisionEndpoints().MapEvaluationEndpoints().MapDevelopmentEndpoints()
            .MapReportingEndpoints().MapAuditEndpoints().MapPersonalDataEndpoints();
}
