namespace NavLederprogram.Programmes;

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
