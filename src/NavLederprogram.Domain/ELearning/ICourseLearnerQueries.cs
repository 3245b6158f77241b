using NavLederprogram.Paging;

namespace NavLederprogram.ELearning;

/// <summary>The learner's reads, each one statement whatever the number of courses.</summary>
public interface ICourseLearnerQueries
{
    /// <summary>Published versions matching <paramref name="filter"/>; the courses in <paramref name="firstCourseIds"/> come first, then by title.</summary>
    Task<Page<CatalogueEntry>> GetCatalogueAsync(CatalogueFilter filter, IReadOnlyCollection<Guid> firstCourseIds, PageRequest request,
        CancellationToken ct = default);

    /// <summary>The person's enrolments, in all courses or in those given.</summary>
    Task<IReadOnlyList<CourseEnrolment>> GetEnrolmentsAsync(Guid personId, IReadOnlyCollection<Guid>? courseIds, CancellationToken ct = default);

    /// <summary>The versions with the given ids, and the published version of each course in <paramref name="publishedOfCourseIds"/>.</summary>
    Task<IReadOnlyList<CourseVersion>> GetVersionsAsync(IReadOnlyCollection<Guid> versionIds, IReadOnlyCollection<Guid> publishedOfCourseIds,
        CancellationToken ct = default);
}
