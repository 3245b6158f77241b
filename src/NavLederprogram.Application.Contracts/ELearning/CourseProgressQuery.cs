namespace NavLederprogram.ELearning;

/// <summary>Narrows the progress report to a course, a region or an office; always within the viewer's scope.</summary>
public sealed record CourseProgressQuery(Guid? CourseId = null, Guid? RegionId = null, Guid? OfficeId = null);
