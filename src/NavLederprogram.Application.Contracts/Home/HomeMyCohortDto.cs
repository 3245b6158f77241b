using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

public sealed record HomeMyCohortDto(
    Guid EnrolmentId, Guid CohortId, string CohortName, CohortStatus CohortStatus, string CohortStatusName,
    EnrolmentStatus Status, string StatusName, int? WaitlistPosition, DateOnly StartsOn, DateOnly EndsOn,
    int ModulesCompleted, int ModuleCount, SessionDto? NextSession, IReadOnlyList<UpcomingDeadlineDto> UpcomingDeadlines);
