using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record RequirementStatusDto
{
    public required Guid RequirementId { get; init; }
    public required Guid CompetenceAreaId { get; init; }
    public required string CompetenceAreaCode { get; init; }
    public required string CompetenceAreaName { get; init; }
    public required string CategoryName { get; init; }
    public required Guid JobRoleId { get; init; }
    public required string JobRoleName { get; init; }
    public required bool IsMandatory { get; init; }
    public required int RequiredLevel { get; init; }
    public required string RequiredLevelName { get; init; }
    public required int? CurrentLevel { get; init; }
    public required string? CurrentLevelName { get; init; }
    public required CompetenceStatus Status { get; init; }
    public required DateOnly Deadline { get; init; }
    public required DateOnly? ValidUntil { get; init; }
}
