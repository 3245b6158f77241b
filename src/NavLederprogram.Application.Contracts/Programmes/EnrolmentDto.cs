using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record EnrolmentDto : IHasId
{
    public required Guid Id { get; init; }
    public required Guid CohortId { get; init; }
    public required Guid PersonId { get; init; }
    public required string PersonName { get; init; }
    public required string OfficeName { get; init; }
    public required EnrolmentStatus Status { get; init; }
    public required string StatusName { get; init; }
    public required EnrolmentSource Source { get; init; }
    public required string SourceName { get; init; }
    public required string? NominatedBy { get; init; }
    public required DateTime RequestedAt { get; init; }
    public required long? PlacementNumber { get; init; }
    public required int? WaitlistPosition { get; init; }
    public required string? Reason { get; init; }
    public required int ModulesCompleted { get; init; }
    public required int ModuleCount { get; init; }
    public required DateOnly? CompletedOn { get; init; }
}
