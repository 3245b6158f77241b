using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record LocalizedTextDto(string Nb, string Nn, string En);

/// <summary>A text in bokmål, nynorsk and English; all three are required.</summary>
public sealed class LocalizedTextInput
{
    public string? Nb { get; set; }
    public string? Nn { get; set; }
    public string? En { get; set; }
}

public sealed record ScaleLevelDto(int Level, string Name, LocalizedTextDto Names);

public sealed record ProficiencyScaleDto(Guid Id, string Name, LocalizedTextDto Names, IReadOnlyList<ScaleLevelDto> Levels, string ConcurrencyStamp) : IHasId;

public sealed class SaveProficiencyScaleInput
{
    public LocalizedTextInput? Name { get; set; }
    /// <summary>The levels from lowest to highest; level numbers follow the order.</summary>
    public List<LocalizedTextInput>? Levels { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record CompetenceCategoryDto(Guid Id, string Name, LocalizedTextDto Names, int SortOrder, string ConcurrencyStamp) : IHasId;

public sealed class SaveCompetenceCategoryInput
{
    public LocalizedTextInput? Name { get; set; }
    public int? SortOrder { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record CompetenceAreaDto(
    Guid Id, string Code, Guid CategoryId, string CategoryName, Guid ScaleId, string ScaleName, int MaxLevel,
    string Name, string Description, LocalizedTextDto Names, LocalizedTextDto Descriptions, string ConcurrencyStamp) : IHasId;

public sealed class CompetenceAreaQuery : PagedQuery
{
    public Guid? CategoryId { get; set; }
}

public sealed class SaveCompetenceAreaInput
{
    public string? Code { get; set; }
    public Guid? CategoryId { get; set; }
    public Guid? ScaleId { get; set; }
    public LocalizedTextInput? Name { get; set; }
    public LocalizedTextInput? Description { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed record RequirementVersionDto(Guid Id, DateOnly ValidFrom, DateOnly? ValidTo, int MinimumLevel, string MinimumLevelName,
    int DeadlineMonths, int? RenewalMonths, bool IsMandatory);

public sealed record CompetenceRequirementDto(
    Guid Id, Guid JobRoleId, string JobRoleName, Guid CompetenceAreaId, string CompetenceAreaCode, string CompetenceAreaName, int MaxLevel,
    Guid? RegionId, string? RegionName, Guid? OfficeId, string? OfficeName,
    /// <summary>The version in force today; null when the requirement is retired or starts later.</summary>
    RequirementVersionDto? Current,
    IReadOnlyList<RequirementVersionDto> Versions, string ConcurrencyStamp) : IHasId;

public sealed class RequirementQuery : PagedQuery
{
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
}

public sealed class CreateRequirementInput
{
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    /// <summary>Set for a requirement a region adds for its offices; leave both empty for a national requirement.</summary>
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public int? MinimumLevel { get; set; }
    public int? DeadlineMonths { get; set; }
    /// <summary>Months the evidence stays valid; empty when it never needs renewal.</summary>
    public int? RenewalMonths { get; set; }
    public bool? IsMandatory { get; set; }
    public DateOnly? ValidFrom { get; set; }
}

public sealed class ChangeRequirementInput
{
    public int? MinimumLevel { get; set; }
    public int? DeadlineMonths { get; set; }
    public int? RenewalMonths { get; set; }
    public bool? IsMandatory { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class RetireRequirementInput
{
    public DateOnly? ValidFrom { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

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

public sealed record PendingEvidenceDto(EvidenceDto Evidence, string PersonName, Guid OfficeId, string OfficeName);

/// <summary>The form fields of an evidence upload; the file comes beside them.</summary>
public sealed class UploadEvidenceInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public string? Title { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

public sealed record EvidenceFile(string FileName, long Length, Stream Content);

public sealed class RejectEvidenceInput
{
    public string? Reason { get; set; }
}

/// <summary>A leader's assessment of a person in their office; it counts at once.</summary>
public sealed class AssessmentInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public string? Title { get; set; }
    public DateOnly? AchievedOn { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

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

/// <param name="Coverage">Share of statuses met or expiring soon, 0–1; 1 when nothing is required.</param>
public sealed record StatusCountsDto(int Total, int Met, int ExpiringSoon, int Expired, int MissingWithinDeadline, int Overdue, double Coverage)
{
    public static StatusCountsDto Of(int total, int met, int expiringSoon, int expired, int missingWithinDeadline, int overdue) =>
        new(total, met, expiringSoon, expired, missingWithinDeadline, overdue, total == 0 ? 1 : (double)(met + expiringSoon) / total);
}

/// <summary>
/// A person's competence. For the caller's own profile, a user not linked to a person gets an empty profile with
/// <see cref="NoPerson"/> saying why (person and office are then null) rather than an error.
/// </summary>
public sealed record CompetenceProfileDto(
    Guid? PersonId, string PersonName, Guid? OfficeId, string OfficeName, StatusCountsDto Summary,
    IReadOnlyList<RequirementStatusDto> Requirements,
    /// <summary>What to work on first: overdue, expired, then by deadline or expiry.</summary>
    IReadOnlyList<RequirementStatusDto> Next,
    IReadOnlyList<EvidenceDto> Evidence,
    NoPersonDto? NoPerson = null);

public class GapQuery
{
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    /// <summary>Count recommended requirements too, not only mandatory ones.</summary>
    public bool IncludeRecommended { get; set; }
}

public sealed record GapRowDto(Guid Id, string Name, StatusCountsDto Counts);

public sealed record GapSummaryDto(
    string ScopeName, StatusCountsDto Total, IReadOnlyList<GapRowDto> ByCompetence, IReadOnlyList<GapRowDto> ByJobRole,
    IReadOnlyList<GapRowDto> ByRequirement,
    /// <summary>Regions when the view is national, offices otherwise.</summary>
    IReadOnlyList<GapRowDto> ByUnit);

public sealed record HeatmapCellDto(Guid CompetenceAreaId, int Total, int Covered, double Coverage);

public sealed record HeatmapRowDto(Guid OfficeId, string OfficeName, Guid RegionId, string RegionName, IReadOnlyList<HeatmapCellDto> Cells);

public sealed record HeatmapDto(IReadOnlyList<NamedReference> Competences, IReadOnlyList<HeatmapRowDto> Rows);

public sealed class GapPeopleQuery : PagedQuery
{
    public Guid? RegionId { get; set; }
    public Guid? OfficeId { get; set; }
    public Guid? JobRoleId { get; set; }
    public Guid? CompetenceAreaId { get; set; }
    public CompetenceStatus? Status { get; set; }
    public bool IncludeRecommended { get; set; }
}

public sealed record GapPersonDto(
    Guid PersonId, string Name, string EmployeeNumber, Guid OfficeId, string OfficeName, Guid JobRoleId, string JobRoleName,
    Guid CompetenceAreaId, string CompetenceAreaName, bool IsMandatory, int RequiredLevel, int? CurrentLevel, CompetenceStatus Status,
    DateOnly Deadline, DateOnly? ValidUntil);

public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

public enum ExportFormat
{
    Xlsx = 0,
    Csv = 1,
}
