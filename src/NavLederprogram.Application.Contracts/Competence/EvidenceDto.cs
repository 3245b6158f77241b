using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record EvidenceDto
{
    public required Guid Id { get; init; }
    public required Guid PersonId { get; init; }
    public required Guid CompetenceAreaId { get; init; }
    public required string CompetenceAreaName { get; init; }
    public required int Level { get; init; }
    public required string LevelName { get; init; }
    public required EvidenceSource Source { get; init; }
    public required string Title { get; init; }
    public required DateOnly AchievedOn { get; init; }
    public required DateOnly? ValidUntil { get; init; }
    public required EvidenceState State { get; init; }
    public required string? RejectionReason { get; init; }
    public required DateTime? DecidedAt { get; init; }
    public required bool HasDocument { get; init; }
    public required DateTime SubmittedAt { get; init; }
}
