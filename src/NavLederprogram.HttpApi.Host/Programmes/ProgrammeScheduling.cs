using NavLederprogram.Events;
using NavLederprogram.HttpApi.Host.Scheduling;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Programmes;

public static class ProgrammeScheduling
{
    public static void AddProgrammeJobs(this IQuartzBuilder q) =>
        q.AddJob<CohortMilestoneJob>(j => j.WithIdentity(CohortMilestoneJob.Key).WithDescription("Runs a cohort milestone").StoreDurably());

    public static IServiceCollection AddProgrammeScheduling(this IServiceCollection services)
    {
        services.AddScoped<ICohortMilestoneScheduler, QuartzCohortMilestoneScheduler>();
        services.AddScoped<ITriggerGroupOwner, CohortMilestoneTriggers>();
        services.AddDomainEventHandler<SyncMilestonesOnChange>();
        return services;
    }
}
