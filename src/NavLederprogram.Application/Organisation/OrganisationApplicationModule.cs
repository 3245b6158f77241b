using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.Organisation;

public static class OrganisationApplicationModule
{
    /// <summary>The register of regions, municipalities, offices and people, and the HR import.</summary>
    public static IServiceCollection AddOrganisationApplication(this IServiceCollection services)
    {
        services.AddScoped<ICurrentPerson, CurrentPerson>();
        services.AddScoped<IRegionAppService, RegionAppService>();
        services.AddScoped<IMunicipalityAppService, MunicipalityAppService>();
        services.AddScoped<IOfficeAppService, OfficeAppService>();
        services.AddScoped<IPersonAppService, PersonAppService>();
        services.AddScoped<IHrImportAppService, HrImportAppService>();
        services.AddScoped<HrImportRunner>();
        return services;
    }
}
