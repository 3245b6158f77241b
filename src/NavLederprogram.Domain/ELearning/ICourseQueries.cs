namespace NavLederprogram.ELearning;

/// <summary>The course catalogue as other modules read it; lists take id or code sets.</summary>
[ModuleContract]
public interface ICourseQueries
{
    /// <summary>The courses with these codes (compared without regard to case); unknown codes are left out.</summary>
    Task<IReadOnlyList<CourseCard>> GetByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default);

    /// <summary>The courses learners can take now, in code order.</summary>
    Task<IReadOnlyList<CourseCard>> GetPublishedAsync(CancellationToken ct = default);

    Task<IReadOnlyList<CourseCard>> GetListAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default);
}
