using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ProgrammeVersionSummaryDto(Guid Id, int Number, ContentTextDto Name, ProgrammeVersionStatus Status, string StatusName, int ModuleCount,
    bool KsApproved, bool DirectorateApproved, DateTime? PublishedAt, DateTime? LastModificationTime) : IHasId;

public sealed record ProgrammeVersionDto(
    Guid Id, Guid ProgrammeId, ContentTextDto ProgrammeName, int Number, TranslatedTextDto Name, TranslatedTextDto Description,
    ProgrammeVersionStatus Status, string StatusName, DateTime? PublishedAt,
    IReadOnlyList<ModuleDto> Modules, IReadOnlyList<ApprovalDto> Approvals, IReadOnlyList<VersionHistoryEntryDto> History,
    /// <summary>The party the caller approves for, if they approve at all.</summary>
    ApprovalParty? MyParty, string? MyPartyName, bool CanEdit, bool CanApprove, bool InUse, string ConcurrencyStamp) : IHasId;

public sealed record ApprovalDto(ApprovalParty Party, string PartyName, string ApprovedBy, DateTime ApprovedAt);

public sealed record VersionHistoryEntryDto(VersionHistoryAction Action, string ActionName, ApprovalParty? Party, string? PartyName, string By, DateTime At);

public sealed record ModuleDto(Guid Id, int Order, TranslatedTextDto Title, TranslatedTextDto Description, IReadOnlyList<TranslatedTextDto> LearningOutcomes, string? CourseReference,
    IReadOnlyList<GatheringDto> Gatherings, IReadOnlyList<AssignmentDto> Assignments, IReadOnlyList<ReflectionTaskDto> ReflectionTasks, IReadOnlyList<GrantDto> Grants);

public sealed record GatheringDto(Guid Id, TranslatedTextDto Title, GatheringFormat Format, string FormatName, int DurationMinutes);

public sealed record AssignmentDto(Guid Id, TranslatedTextDto Title, TranslatedTextDto Instructions, int DueDaysAfterUnlock);

public sealed record ReflectionTaskDto(Guid Id, TranslatedTextDto Prompt);

public sealed record GrantDto(Guid CompetenceAreaId, string CompetenceAreaName, int Level, int? ValidMonths);

public sealed class CreateVersionInput
{
    /// <summary>The version whose modules the new draft starts from; empty for an empty draft.</summary>
    public Guid? CopyFromVersionId { get; set; }
    public TranslatedTextInput? Name { get; set; }
    public TranslatedTextInput? Description { get; set; }
}

public sealed class SaveVersionInput
{
    public TranslatedTextInput? Name { get; set; }
    public TranslatedTextInput? Description { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class SaveModuleInput
{
    public TranslatedTextInput? Title { get; set; }
    public TranslatedTextInput? Description { get; set; }
    public List<TranslatedTextInput>? LearningOutcomes { get; set; }
    public string? CourseReference { get; set; }
    public List<GatheringInput>? Gatherings { get; set; }
    public List<AssignmentInput>? Assignments { get; set; }
    public List<ReflectionTaskInput>? ReflectionTasks { get; set; }
    public List<GrantInput>? Grants { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class GatheringInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Title { get; set; }
    public GatheringFormat? Format { get; set; }
    public int? DurationMinutes { get; set; }
}

public sealed class AssignmentInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Title { get; set; }
    public TranslatedTextInput? Instructions { get; set; }
    public int? DueDaysAfterUnlock { get; set; }
}

public sealed class ReflectionTaskInput
{
    public Guid? Id { get; set; }
    public TranslatedTextInput? Prompt { get; set; }
}

public sealed class GrantInput
{
    public Guid? CompetenceAreaId { get; set; }
    public int? Level { get; set; }
    public int? ValidMonths { get; set; }
}

public sealed class MoveModuleInput
{
    public int? Position { get; set; }
    public string? ConcurrencyStamp { get; set; }
}

public sealed class ConcurrencyInput
{
    public string? ConcurrencyStamp { get; set; }
}

public interface IProgrammeAppService
{
    Task<IReadOnlyList<ProgrammeVersionSummaryDto>> GetVersionsAsync(CancellationToken ct);
    Task<ProgrammeVersionDto> GetVersionAsync(Guid id, CancellationToken ct);
    Task<ProgrammeVersionDto> CreateVersionAsync(CreateVersionInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> UpdateVersionAsync(Guid id, SaveVersionInput input, CancellationToken ct);
    Task DeleteVersionAsync(Guid id, CancellationToken ct);
    Task<ProgrammeVersionDto> AddModuleAsync(Guid id, SaveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> UpdateModuleAsync(Guid id, Guid moduleId, SaveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> DeleteModuleAsync(Guid id, Guid moduleId, ConcurrencyInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> MoveModuleAsync(Guid id, Guid moduleId, MoveModuleInput input, CancellationToken ct);
    Task<ProgrammeVersionDto> ApproveAsync(Guid id, ConcurrencyInput input, CancellationToken ct);
}
