namespace NavLederprogram.ELearning;

/// <summary>
/// A course a person needs because their job role requires a competence the course grants and they lack it.
/// <see cref="Reason"/> is the requirement's status (a <c>CompetenceStatus</c> name: Expired, MissingWithinDeadline, Overdue).
/// </summary>
public sealed record RequiredCourse(Guid CourseId, DateOnly? DueOn, string Reason);
