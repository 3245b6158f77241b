using NavLederprogram.PersonalData;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.PersonalData;

/// <summary>Deletes the records erasures kept (certificates, competence evidence) once their retention has passed; running twice deletes nothing more.</summary>
[DisallowConcurrentExecution]
public sealed class PersonalDataRetentionJob(PersonalDataEraser eraser, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("retention", "personaldata");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(OsloTime.ToOslo(clock.GetUtcNow().UtcDateTime));
        var purged = await eraser.PurgeExpiredAsync(today, context.CancellationToken);
        context.Result = new JobResult("Job:personaldata.retention.Result", purged);
    }
}
