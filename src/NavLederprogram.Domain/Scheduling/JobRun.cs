namespace NavLederprogram.Scheduling;

/// <summary>One execution of a scheduled job, kept so admins can see the last outcome of every job.</summary>
public class JobRun
{
    public const int MaxMessageLength = 1000;

    public Guid Id { get; private set; }
    public string JobGroup { get; private set; } = "";
    public string JobName { get; private set; } = "";
    public DateTime FiredAt { get; private set; }
    public DateTime FinishedAt { get; private set; }
    public bool Succeeded { get; private set; }
    public string? Message { get; private set; }

    private JobRun() { }

    public JobRun(Guid id, string jobGroup, string jobName, DateTime firedAt, DateTime finishedAt, bool succeeded, string? message)
    {
        Id = id;
        JobGroup = jobGroup;
        JobName = jobName;
        FiredAt = firedAt;
        FinishedAt = finishedAt;
        Succeeded = succeeded;
        Message = message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] : message;
    }
}

public interface IJobRunRepository
{
    Task InsertAsync(JobRun run, CancellationToken ct = default);
    /// <summary>The newest run of each job.</summary>
    Task<IReadOnlyList<JobRun>> GetLatestPerJobAsync(CancellationToken ct = default);
    Task<int> DeleteOlderThanAsync(DateTime threshold, CancellationToken ct = default);
}
