using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
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
        services.AddScoped<ICurrentUserAppService, CurrentUserAppService>();
        services.AddScoped<IRegionAppService, RegionAppService>();
        services.AddScoped<IMunicipalityAppService, MunicipalityAppService>();
        services.AddScoped<IOfficeAppService, OfficeAppService>();
        services.AddScoped<IPersonAppService, PersonAppService>();
        services.AddScoped<IHrImportAppService, HrImportAppService>();
        services.AddScoped<CompetenceAccess>();
        services.AddScoped<IProficiencyScaleAppService, ProficiencyScaleAppService>();
        services.AddScoped<ICompetenceCategoryAppService, CompetenceCategoryAppService>();
        services.AddScoped<ICompetenceAreaAppService, CompetenceAreaAppService>();
        services.AddScoped<ICompetenceRequirementAppService, CompetenceRequirementAppService>();
        services.AddScoped<ICompetenceEvidenceAppService, CompetenceEvidenceAppService>();
        services.AddScoped<ICompetenceProfileAppService, CompetenceProfileAppService>();
        services.AddScoped<IGapAnalysisAppService, GapAnalysisAppService>();
        services.AddDataProtection();
        services.AddScoped<ICalendarAppService, CalendarAppService>();
        services.AddScoped<ICertificateAppService, CertificateAppService>();
        return services;
    }
}
