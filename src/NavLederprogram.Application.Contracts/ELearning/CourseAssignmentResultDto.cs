namespace NavLederprogram.ELearning;

/// <summary>
/// What an assignment did: new enrolments (each person notified), people already taking the course (their deadline moved
/// earlier when the new one is earlier), and people who had completed it already.
/// </summary>
public sealed record CourseAssignmentResultDto(int Assigned, int AlreadyEnrolled, int DeadlinesMoved, int AlreadyCompleted);
