using Quartz;

namespace NavLederprogram.HttpApi.Host.PersonalData;

public static class PersonalDataJobs
{
    public static void AddPersonalDataJobs(this IQuartzBuilder q, TimeZoneInfo zone)
    {
        q.AddJob<PersonalDataRetentionJob>(j => j.WithIdentity(PersonalDataRetentionJob.Key).WithDescription("Deletes kept records whose retention has passed")
            .StoreDurably());
        q.AddTrigger(t => t.ForJob(PersonalDataRetentionJob.Key).WithIdentity("retention-nightly", "personaldata")
            .WithDescription("Nightly at 04:00 (Europe/Oslo)")
            .WithCronSchedule("0 0 4 * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }
}
