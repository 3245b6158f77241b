namespace NavLederprogram.ELearning;

/// <summary>What assigning a course did, person by person: who was newly enrolled (and is to be told), and who was not.</summary>
public sealed record CourseAssignmentOutcome(
    IReadOnlyList<Guid> Assigned,
    IReadOnlyList<Guid> AlreadyEnrolled,
    IReadOnlyList<Guid> DeadlinesMoved,
    IReadOnlyList<Guid> AlreadyCompleted);
