using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.HttpApi.Host.Audit;
using NavLederprogram.HttpApi.Host.Competence;
using NavLederprogram.HttpApi.Host.Evaluations;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Organisation;
using NavLederprogram.HttpApi.Host.PeerSupervision;
using NavLederprogram.HttpApi.Host.PersonalData;
using NavLederprogram.HttpApi.Host.Programmes;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using OpenIddict.Abstractions;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Scheduling;

public static class SchedulingSetup
{
    public static readonly TimeZoneInfo Oslo = OsloTime.Zone;

    /// <summary>Quartz on the persistent ADO.NET store: SQLite for the embedded default, clustered on server databases.</summary>
    public static IServiceCollection AddNavLederprogramScheduling(this IServiceCollection services, DatabaseProvider provider, string quartzConnection)
    {
        services.Configure<QuartzOptions>(o =>
        {
            // Every node declares the same recurring triggers at start; in a cluster they must not stack up.
            o.Scheduling.IgnoreDuplicates = true;
        });
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "NavLederprogram";
                s.GenerateInstanceId = true;
            });
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();
                switch (provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(quartzConnection);
                        store.UseClustering();
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(quartzConnection);
                        store.UseClustering();
                        break;
                    default:
                        store.UseSqlite(Microsoft.Data.Sqlite.SqliteFactory.Instance, quartzConnection);
                        break;
                }
            });

            q.AddJob<HousekeepingJob>(j => j.WithIdentity(HousekeepingJob.Key).WithDescription("Prunes expired tokens and old job history").StoreDurably());
            q.AddTrigger(t => t.ForJob(HousekeepingJob.Key).WithIdentity("housekeeping-nightly", "system")
                .WithDescription("Nightly at 03:15 (Europe/Oslo)")
                .WithCronSchedule("0 15 3 * * ?", c => c.InTimeZone(Oslo).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddCompetenceJobs(Oslo);
            q.AddProgrammeJobs();
            q.AddNotificationJobs();
            q.AddOrganisationJobs();
            q.AddPeerSupervisionJobs(Oslo);
            q.AddEvaluationJobs(Oslo);
            q.AddAuditJobs(Oslo);
            q.AddPersonalDataJobs(Oslo);
            q.AddJobListener<JobRunRecorder>([GroupMatcher<JobKey>.AnyGroup()]);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddScoped<IJobAppService, JobAppService>();
        services.AddProgrammeScheduling();
        services.AddOrganisationScheduling();
        return services;
    }
}
