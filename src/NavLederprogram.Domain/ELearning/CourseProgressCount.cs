namespace NavLederprogram.ELearning;

/// <summary>Enrolments of one group: all, those started (a lesson opened or a result recorded), completed, and overdue.</summary>
public sealed record CourseProgressCount(Guid Key, int Enrolled, int Started, int Completed, int Overdue);
