namespace NavLederprogram.Scheduling;

public interface IJobRunRepository
{
    Task InsertAsync(JobRun run, CancellationToken ct = default);
    /// <summary>The newest run of each job.</summary>
    Task<IReadOnlyList<JobRun>> GetLatestPerJobAsync(CancellationToken ct = default);
    Task<int> DeleteOlderThanAsync(DateTime threshold, CancellationToken ct = default);
}
