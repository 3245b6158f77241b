namespace NavLederprogram.ELearning;

/// <summary>The course catalogue and learners' completions as other modules read them; lists take id or code sets.</summary>
[ModuleContract]
public interface ICourseQueries
{
    /// <summary>The courses with these codes (compared without regard to case); unknown codes are left out.</summary>
    Task<IReadOnlyList<CourseCard>> GetByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken ct = default);

    /// <summary>The courses learners can take now, in code order.</summary>
    Task<IReadOnlyList<CourseCard>> GetPublishedAsync(CancellationToken ct = default);

    Task<IReadOnlyList<CourseCard>> GetListAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default);

    /// <summary>Which of these courses the person has completed (in any version).</summary>
    Task<IReadOnlySet<Guid>> GetCompletedAsync(Guid personId, IReadOnlyCollection<Guid> courseIds, CancellationToken ct = default);
}
