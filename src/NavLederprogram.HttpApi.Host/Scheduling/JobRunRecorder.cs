using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.HttpApi.Host.Competence;
using NavLederprogram.HttpApi.Host.Notifications;
using NavLederprogram.HttpApi.Host.Programmes;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;
using NavLederprogram.Scheduling;
using OpenIddict.Abstractions;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Scheduling;

/// <summary>Keeps the outcome of every job run so the jobs page can show it, whichever node ran the job.</summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, ILogger<JobRunRecorder> logger) : IJobListener
{
    public string Name => nameof(JobRunRecorder);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var runs = scope.ServiceProvider.GetRequiredService<IJobRunRepository>();
            var fired = context.FireTimeUtc.UtcDateTime;
            await runs.InsertAsync(new JobRun(Guid.CreateVersion7(), context.JobDetail.Key.Group, context.JobDetail.Key.Name, fired,
                fired + context.JobRunTime, jobException is null, jobException?.GetBaseException().Message, context.Result as JobResult), cancellationToken);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the run of job {Job}", context.JobDetail.Key);
        }
    }
}
