using Microsoft.Extensions.DependencyInjection;
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

namespace NavLederprogram;

public static class NavLederprogramApplicationServices
{
    /// <summary>The application layer of every module, each registered once, with the domain event handlers of the module that reacts.</summary>
    public static IServiceCollection AddNavLederprogramApplication(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddIdentityApplication();
        services.AddAuditApplication();
        services.AddOrganisationApplication();
        services.AddCompetenceApplication();
        services.AddProgrammesApplication();
        services.AddELearningApplication();
        services.AddPeerSupervisionApplication();
        services.AddEvaluationsApplication();
        services.AddDevelopmentApplication();
        services.AddPersonalDataApplication();
        services.AddReportingApplication();
        services.AddNotificationsApplication();
        services.AddHomeApplication();
        return services;
    }
}
