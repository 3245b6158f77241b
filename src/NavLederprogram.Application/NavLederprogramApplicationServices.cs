using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using NavLederprogram.Events;
using NavLederprogram.Home;
using NavLederprogram.Permissions;
using NavLederprogram.Programmes;

namespace NavLederprogram;

public static class NavLederprogramApplicationServices
{
    public static IServiceCollection AddNavLederprogramApplication(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<IPermissionDefinitionProvider, NavLederprogramPermissionDefinitionProvider>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<CurrentAccessScope>();
        services.AddScoped<ICurrentPerson, CurrentPerson>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<ICurrentUserAppService, CurrentUserAppService>();
        services.AddScoped<IRegionAppService, RegionAppService>();
        services.AddScoped<IMunicipalityAppService, MunicipalityAppService>();
        services.AddScoped<IOfficeAppService, OfficeAppService>();
        services.AddScoped<IPersonAppService, PersonAppService>();
        services.AddScoped<IHrImportAppService, HrImportAppService>();
        services.AddScoped<CompetenceAccess>();
        services.AddScoped<ICompetenceGapScope>(sp => sp.GetRequiredService<CompetenceAccess>());
        services.AddScoped<IProficiencyScaleAppService, ProficiencyScaleAppService>();
        services.AddScoped<ICompetenceCategoryAppService, CompetenceCategoryAppService>();
        services.AddScoped<ICompetenceAreaAppService, CompetenceAreaAppService>();
        services.AddScoped<ICompetenceRequirementAppService, CompetenceRequirementAppService>();
        services.AddScoped<ICompetenceEvidenceAppService, CompetenceEvidenceAppService>();
        services.AddScoped<ICompetenceProfileAppService, CompetenceProfileAppService>();
        services.AddScoped<IGapAnalysisAppService, GapAnalysisAppService>();
        services.AddScoped<ProgrammeAccess>();
        services.AddScoped<IProgrammeApprover>(sp => sp.GetRequiredService<ProgrammeAccess>());
        services.AddScoped<IProgrammeQueries, ProgrammeQueries>();
        services.AddScoped<NavLederprogram.Scheduling.IJobRunQueries, NavLederprogram.Scheduling.JobRunQueries>();
        services.AddScoped<ProgressRecorder>();
        services.AddScoped<CohortMilestoneRunner>();
        services.AddScoped<IProgrammeAppService, ProgrammeAppService>();
        services.AddScoped<ICohortAppService, CohortAppService>();
        services.AddScoped<IEnrolmentAppService, EnrolmentAppService>();
        services.AddScoped<IParticipantProgressAppService, ParticipantProgressAppService>();
        services.AddScoped<IFacilitationAppService, FacilitationAppService>();
        services.AddScoped<IMilestoneAppService, MilestoneAppService>();
        services.AddScoped<ProgrammeNotifications>();
        services.AddScoped<IDomainEventHandler<EnrolmentStatusChanged>>(sp => sp.GetRequiredService<ProgrammeNotifications>());
        services.AddScoped<IDomainEventHandler<CohortStatusChanged>>(sp => sp.GetRequiredService<ProgrammeNotifications>());
        services.AddScoped<IDomainEventHandler<CertificateIssued>>(sp => sp.GetRequiredService<ProgrammeNotifications>());
        services.AddScoped<IDomainEventHandler<ProgrammeVersionAwaitsApproval>>(sp => sp.GetRequiredService<ProgrammeNotifications>());
        services.AddScoped<IDomainEventHandler<ProgrammeVersionPublished>>(sp => sp.GetRequiredService<ProgrammeNotifications>());
        services.AddScoped<INotificationAppService, NotificationAppService>();
        services.AddDataProtection();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<ICertificateAppService, CertificateAppService>();
        services.AddScoped<IHomeAppService, HomeAppService>();
        return services;
    }
}
