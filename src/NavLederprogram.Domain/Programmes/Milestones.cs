namespace NavLederprogram.Programmes;

/// <summary>
/// A point in a cohort's life that something happens at. <see cref="Key"/> is stable across reschedules, so that a
/// moved date moves the same milestone instead of adding a new one.
/// </summary>
public sealed record Milestone(string Key, MilestoneKind Kind, DateTime FireAtUtc, Guid? SubjectId, int? DaysBefore);

public static class CohortMilestones
{
    /// <summary>Reminders go out in the morning, Oslo time.</summary>
    public static readonly TimeOnly ReminderTime = new(8, 0);

    public static IReadOnlyList<Milestone> For(Cohort cohort)
    {
        if (cohort.IsClosed) return [];
        var list = new List<Milestone>
        {
            new("enrolment-opens", MilestoneKind.EnrolmentOpens, OsloTime.ToUtc(cohort.EnrolmentOpensOn, TimeOnly.MinValue), null, null),
            // The window includes its last day.
            new("enrolment-closes", MilestoneKind.EnrolmentCloses, OsloTime.ToUtc(cohort.EnrolmentClosesOn.AddDays(1), TimeOnly.MinValue), null, null),
            new("starts", MilestoneKind.CohortStarts, OsloTime.ToUtc(cohort.StartsOn, TimeOnly.MinValue), null, null),
            new("completes", MilestoneKind.CohortCompletes, OsloTime.ToUtc(cohort.EndsOn.AddDays(1), TimeOnly.MinValue), null, null),
        };
        list.AddRange(cohort.ModuleUnlocks.Select(u =>
            new Milestone($"module-unlocks/{u.ModuleId:N}", MilestoneKind.ModuleUnlocks, OsloTime.ToUtc(u.UnlocksOn, new TimeOnly(6, 0)), u.ModuleId, null)));
        foreach (var days in ProgrammeConsts.ReminderDays)
        {
            list.AddRange(cohort.Sessions.Select(s => new Milestone($"gathering-reminder/{s.Id:N}/{days}", MilestoneKind.GatheringReminder,
                OsloTime.ToUtc(DateOnly.FromDateTime(OsloTime.ToOslo(s.StartsAt)).AddDays(-days), ReminderTime), s.Id, days)));
            list.AddRange(cohort.Deadlines.Select(d => new Milestone($"deadline-reminder/{d.AssignmentId:N}/{days}", MilestoneKind.DeadlineReminder,
                OsloTime.ToUtc(d.DueOn.AddDays(-days), ReminderTime), d.AssignmentId, days)));
        }
        return list;
    }

    /// <summary>The kind of milestone a key names (the part before the first slash), or null for a key that is none.</summary>
    public static MilestoneKind? KindOf(string key) => key.Split('/')[0] switch
    {
        "enrolment-opens" => MilestoneKind.EnrolmentOpens,
        "enrolment-closes" => MilestoneKind.EnrolmentCloses,
        "starts" => MilestoneKind.CohortStarts,
        "completes" => MilestoneKind.CohortCompletes,
        "module-unlocks" => MilestoneKind.ModuleUnlocks,
        "gathering-reminder" => MilestoneKind.GatheringReminder,
        "deadline-reminder" => MilestoneKind.DeadlineReminder,
        _ => null,
    };

    /// <summary>
    /// Whether the milestone still has something to do: a reminder or unlock whose moment has passed does not (it would
    /// come too late), nor does a state change the cohort is already past. A missed state change still runs.
    /// </summary>
    public static bool IsPending(Milestone milestone, Cohort cohort, DateTime nowUtc) => milestone.Kind switch
    {
        MilestoneKind.EnrolmentOpens => cohort.Status == CohortStatus.Planned,
        MilestoneKind.EnrolmentCloses => cohort.Status is CohortStatus.Planned or CohortStatus.EnrolmentOpen,
        MilestoneKind.CohortStarts => cohort.Status is CohortStatus.Planned or CohortStatus.EnrolmentOpen or CohortStatus.EnrolmentClosed,
        MilestoneKind.CohortCompletes => !cohort.IsClosed,
        _ => milestone.FireAtUtc > nowUtc,
    };
}

/// <summary>Keeps the cohort's milestones as triggers in the persistent scheduler.</summary>
public interface ICohortMilestoneScheduler
{
    /// <summary>Adds, moves and removes the cohort's triggers so that they match its milestones.</summary>
    Task SyncAsync(Cohort cohort, CancellationToken ct = default);

    /// <summary>The cohort's milestones that are triggers now, by key, with their next fire time.</summary>
    Task<IReadOnlyDictionary<string, DateTime>> GetScheduledAsync(Guid cohortId, CancellationToken ct = default);
}

/// <summary>The outcome of one run of a milestone, by the scheduler or by hand.</summary>
public class MilestoneRun
{
    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public string Key { get; private set; } = "";
    public DateTime RanAt { get; private set; }
    public bool Succeeded { get; private set; }
    public string ResultKey { get; private set; } = "";
    public List<string> ResultArguments { get; private set; } = [];
    public bool ByHand { get; private set; }

    private MilestoneRun() { }

    public MilestoneRun(Guid id, Guid cohortId, string key, DateTime ranAt, MilestoneOutcome outcome, bool byHand)
    {
        Id = id;
        CohortId = cohortId;
        Key = key;
        RanAt = ranAt;
        Succeeded = outcome.Succeeded;
        ResultKey = outcome.ResultKey;
        ResultArguments = [.. outcome.Arguments];
        ByHand = byHand;
    }
}

/// <summary>What a milestone did. Not succeeding means an admin has something to do (no participants, open assessments).</summary>
public sealed record MilestoneOutcome(bool Succeeded, string ResultKey, params string[] Arguments);

public interface IMilestoneRunRepository
{
    Task<IReadOnlyList<MilestoneRun>> GetForCohortAsync(Guid cohortId, CancellationToken ct = default);
    Task InsertAsync(MilestoneRun run, CancellationToken ct = default);
}
