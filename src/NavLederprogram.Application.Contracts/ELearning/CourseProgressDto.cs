namespace NavLederprogram.ELearning;

/// <summary>Completion in the viewer's scope, in total and per course, region and office; the rows sorted by name.</summary>
public sealed record CourseProgressDto(
    string ScopeName,
    CourseProgressCountsDto Total,
    IReadOnlyList<CourseProgressRowDto> ByCourse,
    IReadOnlyList<CourseProgressRowDto> ByRegion,
    IReadOnlyList<CourseProgressRowDto> ByOffice,
    IReadOnlyList<CourseOptionDto> Courses);
