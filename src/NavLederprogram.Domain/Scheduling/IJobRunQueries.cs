namespace NavLederprogram.Scheduling;

/// <summary>The outcome of jobs as other modules read them, e.g. the home page's system card.</summary>
[ModuleContract]
public interface IJobRunQueries
{
    /// <summary>The newest run of each job.</summary>
    Task<IReadOnlyList<JobRunOutcome>> GetLatestPerJobAsync(CancellationToken ct = default);
}
