using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record CohortSummaryDto : IHasId
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required Guid ProgrammeVersionId { get; init; }
    public required ContentTextDto VersionName { get; init; }
    public required Guid? RegionId { get; init; }
    public required string? RegionName { get; init; }
    public required CohortStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required int Capacity { get; init; }
    public required int Enrolled { get; init; }
    public required int Waitlisted { get; init; }
    public required int Pending { get; init; }
    public required DateOnly EnrolmentOpensOn { get; init; }
    public required DateOnly EnrolmentClosesOn { get; init; }
    public required DateOnly StartsOn { get; init; }
    public required DateOnly EndsOn { get; init; }
    public required bool AcceptsEnrolment { get; init; }
    public required MyEnrolmentDto? MyEnrolment { get; init; }
}
