namespace NavLederprogram.ELearning;

/// <summary>Learners' courses. A person has one enrolment per course.</summary>
public interface ICourseEnrolmentRepository
{
    Task<CourseEnrolment?> FindAsync(Guid personId, Guid courseId, CancellationToken ct = default);
    Task<CourseEnrolment?> FindByIdAsync(Guid id, CancellationToken ct = default);
    /// <summary>The person's courses, read only.</summary>
    Task<IReadOnlyList<CourseEnrolment>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    /// <summary>Everyone's enrolments in a course, read only.</summary>
    Task<IReadOnlyList<CourseEnrolment>> GetForCourseAsync(Guid courseId, CancellationToken ct = default);
    /// <summary>The enrolments of these people in these courses (either may be empty for all), read only.</summary>
    Task<IReadOnlyList<CourseEnrolment>> GetForPeopleAsync(IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default);
    /// <summary>Whether anyone started this version: a version someone started is never deleted.</summary>
    Task<bool> VersionInUseAsync(Guid versionId, CancellationToken ct = default);
    Task InsertAsync(CourseEnrolment enrolment, CancellationToken ct = default);
}
