namespace NavLederprogram.ELearning;

/// <summary>Courses and their versions.</summary>
public interface ICourseRepository
{
    Task<Course?> FindAsync(Guid id, CancellationToken ct = default);
    /// <summary>The course, or <see cref="EntityNotFoundException"/>.</summary>
    Task<Course> GetAsync(Guid id, CancellationToken ct = default);
    /// <summary>By code, ignoring case.</summary>
    Task<Course?> FindByCodeAsync(string code, CancellationToken ct = default);
    Task<IReadOnlyList<Course>> GetListAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);
    Task<IReadOnlyList<Course>> GetAllAsync(CancellationToken ct = default);
    Task InsertAsync(Course course, CancellationToken ct = default);

    Task<CourseVersion?> FindVersionAsync(Guid versionId, CancellationToken ct = default);
    /// <summary>The version, or <see cref="EntityNotFoundException"/>.</summary>
    Task<CourseVersion> GetVersionAsync(Guid versionId, CancellationToken ct = default);
    /// <summary>The version new learners start, or null before the first publication.</summary>
    Task<CourseVersion?> FindPublishedVersionAsync(Guid courseId, CancellationToken ct = default);
    /// <summary>Every version of the course, newest first.</summary>
    Task<IReadOnlyList<CourseVersion>> GetVersionsAsync(Guid courseId, CancellationToken ct = default);
    Task<IReadOnlyList<CourseVersion>> GetVersionListAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken ct = default);
    Task InsertVersionAsync(CourseVersion version, CancellationToken ct = default);
    /// <summary>Removes a draft; a published version is never deleted, since learners may have started it.</summary>
    void DeleteVersion(CourseVersion version);
}
