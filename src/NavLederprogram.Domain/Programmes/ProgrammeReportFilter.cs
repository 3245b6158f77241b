using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Which enrolments the programme dashboard counts. <see cref="OfficeIds"/> is the viewer's scope (null: the whole country):
/// an enrolment is theirs when the participant works at one of those offices. A cohort counts when it runs at some time in
/// [<see cref="From"/>, <see cref="To"/>] (both days included).
/// </summary>
[ModuleContract]
public sealed record ProgrammeReportFilter(
    IReadOnlySet<Guid>? OfficeIds,
    Guid? ProgrammeId,
    Guid? CohortId,
    Guid? RegionId,
    Employer? Employer,
    DateOnly? From,
    DateOnly? To);
