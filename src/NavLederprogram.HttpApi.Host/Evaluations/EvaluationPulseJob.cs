using NavLederprogram.Evaluations;
using NavLederprogram.Scheduling;
using Quartz;

namespace NavLederprogram.HttpApi.Host.Evaluations;

/// <summary>
/// Opens the pulses of the gatherings and meetings that ended and have none yet. Each run looks back as far as a pulse stays open,
/// so that a node down for a while, or a meeting moved into the past, still gets its pulse; the pulse's unique target makes
/// looking again harmless.
/// </summary>
[DisallowConcurrentExecution]
public sealed class EvaluationPulseJob(EvaluationPulses pulses, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("pulses", "evaluations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var opened = await pulses.OpenForEndedAsync(now.AddDays(-PulseConsts.OpenDays), now, context.CancellationToken);
        context.Result = new JobResult("Job:evaluations.pulses.Result", opened);
    }
}
