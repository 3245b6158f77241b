using NavLederprogram.Organisation;

namespace NavLederprogram.ELearning;

/// <summary>
/// Which course enrolments count: the learner works at an office in <see cref="OfficeIds"/> (null: the whole country), in the
/// region, for the employer. With a period, enrolments made before its end; completions and quiz passes within it.
/// </summary>
[ModuleContract]
public sealed record CourseReportFilter(IReadOnlySet<Guid>? OfficeIds, Guid? RegionId, Employer? Employer, DateTime? FromUtc, DateTime? ToUtc);
