namespace NavLederprogram.Scheduling;

public interface IJobAppService
{
    Task<IReadOnlyList<JobDto>> GetListAsync(CancellationToken ct);

    /// <summary>
    /// Runs a job with a schedule of its own at once, on whichever node picks it up; every such job is safe to run again. A job that
    /// only runs for its entities' triggers (a cohort's milestones) is not found.
    /// </summary>
    Task RunNowAsync(string group, string name, CancellationToken ct);
}
