using NavLederprogram.Organisation;

namespace NavLederprogram.Programmes;

/// <summary>
/// Enrolments of one cohort whose participants work at one office for one employer. <see cref="Enrolled"/> counts those who
/// hold or held a seat (in progress and completed); <see cref="DroppedOut"/> those who withdrew or were taken off;
/// <see cref="ModulesCompleted"/> the modules those enrolled have completed, summed.
/// </summary>
[ModuleContract]
public sealed record EnrolmentReportCount(
    Guid CohortId,
    Guid OfficeId,
    Employer Employer,
    int Enrolled,
    int Waitlisted,
    int InProgress,
    int Completed,
    int DroppedOut,
    int ModulesCompleted);
