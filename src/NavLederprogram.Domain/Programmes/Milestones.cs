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

    /// <summary>Reminders whose moment has passed are dropped; a missed state change still runs, since the cohort must still move on.</summary>
    public static bool IsStillDue(Milestone milestone, DateTime nowUtc) =>
        milestone.Kind is not (MilestoneKind.GatheringReminder or MilestoneKind.DeadlineReminder or MilestoneKind.ModuleUnlocks) || milestone.FireAtUtc > nowUtc;
}

/// <summary>Keeps the cohort's milestones as triggers in the persistent scheduler.</summary>
public interface ICohortMilestoneScheduler
{
    /// <summary>Adds, moves and removes the cohort's triggers so that they match its milestones.</summary>
    Task SyncAsync(Cohort cohort, CancellationToken ct = default);
}
