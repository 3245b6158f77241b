namespace NavLederprogram.ELearning;

/// <summary>Where the learner stands with a course.</summary>
public enum CourseLearnerStatus
{
    NotStarted,
    InProgress,
    Completed,
}
