namespace NavLederprogram.ELearning;

/// <summary>
/// What completes a course: every flag set must be met. <see cref="ScormPassed"/> is met by a package that reports
/// "passed", or, when it reports no success status, by a score at or above the package's mastery score.
/// </summary>
[Flags]
public enum CourseCompletionRule
{
    None = 0,
    AllLessons = 1,
    QuizPassed = 2,
    ScormCompleted = 4,
    ScormPassed = 8,
}
