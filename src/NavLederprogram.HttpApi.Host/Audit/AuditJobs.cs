using Quartz;

namespace NavLederprogram.HttpApi.Host.Audit;

public static class AuditJobs
{
    public static void AddAuditJobs(this IQuartzBuilder q, TimeZoneInfo zone)
    {
        q.AddJob<AuditRetentionJob>(j => j.WithIdentity(AuditRetentionJob.Key)
            .WithDescription("Removes audit entries past their retention from the old end of the chain").StoreDurably());
        q.AddTrigger(t => t.ForJob(AuditRetentionJob.Key).WithIdentity("retention-nightly", "audit")
            .WithDescription("Nightly at 02:30 (Europe/Oslo)")
            .WithCronSchedule("0 30 2 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));

        q.AddJob<AuditChainVerificationJob>(j => j.WithIdentity(AuditChainVerificationJob.Key)
            .WithDescription("Verifies the audit log's hash chain and alerts system admins when it is broken").StoreDurably());
        // After the purge, so that the walk starts from the new anchor.
        q.AddTrigger(t => t.ForJob(AuditChainVerificationJob.Key).WithIdentity("verify-nightly", "audit")
            .WithDescription("Nightly at 02:45 (Europe/Oslo)")
            .WithCronSchedule("0 45 2 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
