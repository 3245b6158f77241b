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
    /// <summary>The error of a failed run, as the exception told it.</summary>
    public string? Message { get; private set; }
    /// <summary>What a successful run did, as a localization key and its arguments, so it reads in the viewer's language.</summary>
    public string? ResultKey { get; private set; }
    public string[]? ResultArguments { get; private set; }

    private JobRun() { }

    public JobRun(Guid id, string jobGroup, string jobName, DateTime firedAt, DateTime finishedAt, bool succeeded, string? message, JobResult? result = null)
    {
        ResultKey = result?.Key;
        ResultArguments = result?.Arguments.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray();
        Id = id;
        JobGroup = jobGroup;
        JobName = jobName;
        FiredAt = firedAt;
        FinishedAt = finishedAt;
        Succeeded = succeeded;
        Message = message is { Length: > MaxMessageLength } ? message[..MaxMessageLength] : message;
    }
}
