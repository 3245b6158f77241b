using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.Programmes;

namespace NavLederprogram.EntityFrameworkCore.Programmes;

public static class ProgrammesEntityFrameworkCoreModule
{
    /// <summary>The programme repositories, the enrolment manager that gives out seats, and the demo programme.</summary>
    public static IServiceCollection AddProgrammesEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IProgrammeRepository, ProgrammeRepository>();
        services.AddScoped<ICohortRepository, CohortRepository>();
        services.AddScoped<IEnrolmentRepository, EnrolmentRepository>();
        services.AddScoped<IReflectionNoteRepository, ReflectionNoteRepository>();
        services.AddScoped<ICertificateRepository, CertificateRepository>();
        services.AddScoped<IMilestoneRunRepository, MilestoneRunRepository>();
        services.AddScoped<ICalendarFeedRepository, CalendarFeedRepository>();
        services.AddScoped<EnrolmentManager>();
        services.AddScoped<IProgrammeQueries, ProgrammeQueries>();
        services.AddScoped<IEndedGatheringQueries, EndedGatheringQueries>();
        services.AddScoped<IProgrammeReportQueries, ProgrammeReportQueries>();
        services.AddScoped<IEvaluationCohortQueries, EvaluationCohortQueries>();
        services.AddScoped<ICohortCoachingQueries, CohortCoachingQueries>();
        services.AddScoped<IDataSeedContributor, ProgrammeDataSeedContributor>();
        services.AddScoped<IDataSeedContributor, ReflectionNoteEncryption>();
        return services;
    }
}
