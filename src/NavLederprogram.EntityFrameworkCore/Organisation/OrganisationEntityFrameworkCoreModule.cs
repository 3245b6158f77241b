using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Organisation;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

public static class OrganisationEntityFrameworkCoreModule
{
    /// <summary>The register's repositories, the domain services on them and the seed of the organisation.</summary>
    public static IServiceCollection AddOrganisationEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IRegionRepository, RegionRepository>();
        services.AddScoped<IMunicipalityRepository, MunicipalityRepository>();
        services.AddScoped<IOfficeRepository, OfficeRepository>();
        services.AddScoped<IPersonRepository, PersonRepository>();
        services.AddScoped<IJobRoleRepository, JobRoleRepository>();
        services.AddScoped<IHrImportRepository, HrImportRepository>();
        services.AddScoped<OrganisationManager>();
        services.AddScoped<AccessScopeResolver>();
        services.AddScoped<OrganisationQueries>();
        services.AddScoped<OrganisationReadModels>();
        services.AddScoped<IPersonDirectory>(sp => sp.GetRequiredService<OrganisationQueries>());
        services.AddScoped<IOrganisationQueries>(sp => sp.GetRequiredService<OrganisationQueries>());
        services.AddScoped<IOfficeNumberQueries, OfficeNumberQueries>();
        services.AddScoped<IPersonUserLinks, PersonUserLinks>();
        services.AddScoped<IDataSeedContributor, OrganisationDataSeedContributor>();
        services.AddCacheKind(OrganisationCaches.Reference, typeof(Region), typeof(Municipality), typeof(JobRole));
        return services;
    }
}
