namespace NavLederprogram.Reporting;

/// <summary>One course: learners enrolled and completed, and of those who took its quiz, the share who passed (0–1).</summary>
public sealed record CourseReportRowDto(
    Guid Id,
    string Name,
    int Enrolled,
    int Completed,
    decimal CompletionRate,
    int QuizTaken,
    int QuizPassed,
    decimal QuizPassRate);
