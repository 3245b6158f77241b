namespace NavLederprogram.Programmes;

/// <summary>
/// A point in a cohort's life that something happens at. <see cref="Key"/> is stable across reschedules, so that a
/// moved date moves the same milestone instead of adding a new one.
/// </summary>
public sealed record Milestone(string Key, MilestoneKind Kind, DateTime FireAtUtc, Guid? SubjectId, int? DaysBefore);
