namespace NavLederprogram.Scheduling;

public sealed class JobRunQueries(IJobRunRepository runs) : IJobRunQueries
{
    public async Task<IReadOnlyList<JobRunOutcome>> GetLatestPerJobAsync(CancellationToken ct = default) =>
        (await runs.GetLatestPerJobAsync(ct)).Select(r => new JobRunOutcome(r.JobGroup, r.JobName, r.FiredAt, r.Succeeded)).ToList();
}
