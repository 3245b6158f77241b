using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ProgrammeVersionDto(
    Guid Id, Guid ProgrammeId, ContentTextDto ProgrammeName, int Number, TranslatedTextDto Name, TranslatedTextDto Description,
    ProgrammeVersionStatus Status, string StatusName, DateTime? PublishedAt,
    IReadOnlyList<ModuleDto> Modules, IReadOnlyList<ApprovalDto> Approvals, IReadOnlyList<VersionHistoryEntryDto> History,
    /// <summary>The party the caller approves for, if they approve at all.</summary>
    ApprovalParty? MyParty, string? MyPartyName, bool CanEdit, bool CanApprove, bool InUse, string ConcurrencyStamp) : IHasId;
