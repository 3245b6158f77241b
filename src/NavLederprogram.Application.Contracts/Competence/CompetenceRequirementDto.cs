using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record CompetenceRequirementDto(
    Guid Id, Guid JobRoleId, string JobRoleName, Guid CompetenceAreaId, string CompetenceAreaCode, string CompetenceAreaName, int MaxLevel,
    Guid? RegionId, string? RegionName, Guid? OfficeId, string? OfficeName,
    /// <summary>The version in force today; null when the requirement is retired or starts later.</summary>
    RequirementVersionDto? Current,
    IReadOnlyList<RequirementVersionDto> Versions, string ConcurrencyStamp) : IHasId;
