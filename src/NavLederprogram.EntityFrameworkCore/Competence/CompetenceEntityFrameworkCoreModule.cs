using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.EntityFrameworkCore.Competence;

public static class CompetenceEntityFrameworkCoreModule
{
    /// <summary>The competence repositories and status store, the domain services on them and the catalogue's seed.</summary>
    public static IServiceCollection AddCompetenceEntityFrameworkCore(this IServiceCollection services)
    {
        services.TryAddSingleton(new CompetenceOptions());
        services.AddScoped<ICompetenceCatalogueRepository, CompetenceCatalogueRepository>();
        services.AddScoped<ICompetenceRequirementRepository, CompetenceRequirementRepository>();
        services.AddScoped<ICompetenceEvidenceRepository, CompetenceEvidenceRepository>();
        services.AddScoped<ICompetenceStatusWriter, CompetenceStatusWriter>();
        services.AddScoped<ICompetenceGapQueries, CompetenceGapQueries>();
        services.AddScoped<ICompetenceQueries, CompetenceQueries>();
        services.AddScoped<ICompetenceReminders, CompetenceReminders>();
        services.AddScoped<ICompetenceHoldings, CompetenceHoldings>();
        services.AddScoped<ICompetenceRequirementGaps, CompetenceRequirementGaps>();
        services.AddScoped<IRequiredCompetenceAreas, RequiredCompetenceAreas>();
        services.AddScoped<IEvidenceRequests, EvidenceRequests>();
        services.AddScoped<CompetenceStatusCalculator>();
        services.AddScoped<CompetenceCatalogueManager>();
        services.AddScoped<IDataSeedContributor, CompetenceDataSeedContributor>();
        services.AddCacheKind(CompetenceCaches.Catalogue,
            typeof(ProficiencyScale), typeof(ScaleLevel), typeof(CompetenceCategory), typeof(CompetenceArea));
        return services;
    }
}
