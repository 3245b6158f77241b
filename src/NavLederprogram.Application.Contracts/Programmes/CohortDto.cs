using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record CohortDto(
    Guid Id, string Name, Guid ProgrammeVersionId, ContentTextDto VersionName, Guid? RegionId, string? RegionName,
    CohortStatus Status, string StatusName, string? StatusReason, int Capacity, bool RequiresApproval,
    int Enrolled, int Waitlisted, int Pending, int OpenAssessments,
    DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn, DateOnly StartsOn, DateOnly EndsOn, bool AcceptsEnrolment,
    IReadOnlyList<FacilitatorDto> Facilitators, IReadOnlyList<SessionDto> Sessions, IReadOnlyList<ModuleScheduleDto> Modules,
    /// <summary>The state changes the cohort can make now, by name: openEnrolment, closeEnrolment, start, complete, cancel.</summary>
    IReadOnlyList<string> AllowedActions, MyEnrolmentDto? MyEnrolment, bool IsFacilitator, string ConcurrencyStamp) : IHasId;
