namespace NavLederprogram.ELearning;

/// <summary>
/// Course enrolments counted: <see cref="Enrolled"/> is all of them; not started, in progress and completed add up to it;
/// <see cref="Overdue"/> are the ones not completed whose deadline has passed. <see cref="CompletionRate"/> is 0–1.
/// </summary>
public sealed record CourseProgressCountsDto(int Enrolled, int NotStarted, int InProgress, int Completed, int Overdue, decimal CompletionRate)
{
    public static CourseProgressCountsDto Of(int enrolled, int started, int completed, int overdue) =>
        new(enrolled, enrolled - started, started - completed, completed, overdue,
            enrolled == 0 ? 0 : Math.Round((decimal)completed / enrolled, 4));
}
