using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Events;

namespace NavLederprogram.Competence;

public static class CompetenceApplicationModule
{
    /// <summary>The catalogue, requirements, evidence, profiles and gap analysis, and what the module does when others report completions.</summary>
    public static IServiceCollection AddCompetenceApplication(this IServiceCollection services)
    {
        services.AddScoped<CompetenceAccess>();
        services.AddScoped<ICompetenceGapScope>(sp => sp.GetRequiredService<CompetenceAccess>());
        services.AddScoped<IProficiencyScaleAppService, ProficiencyScaleAppService>();
        services.AddScoped<ICompetenceCategoryAppService, CompetenceCategoryAppService>();
        services.AddScoped<ICompetenceAreaAppService, CompetenceAreaAppService>();
        services.AddScoped<ICompetenceRequirementAppService, CompetenceRequirementAppService>();
        services.AddScoped<ICompetenceEvidenceAppService, CompetenceEvidenceAppService>();
        services.AddScoped<ICompetenceProfileAppService, CompetenceProfileAppService>();
        services.AddScoped<IGapAnalysisAppService, GapAnalysisAppService>();
        services.AddDomainEventHandler<RecomputeStatusesOnChange>();
        services.AddDomainEventHandler<RecordEvidenceOnCompletion>();
        return services;
    }
}
