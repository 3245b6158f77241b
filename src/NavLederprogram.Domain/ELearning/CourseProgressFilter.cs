namespace NavLederprogram.ELearning;

/// <summary>Which enrolments a progress count reads; <see cref="OfficeIds"/> null means the whole country.</summary>
public sealed record CourseProgressFilter(IReadOnlySet<Guid>? OfficeIds, Guid? CourseId, Guid? RegionId, Guid? OfficeId);
