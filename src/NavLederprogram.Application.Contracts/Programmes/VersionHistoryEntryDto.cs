using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record VersionHistoryEntryDto(VersionHistoryAction Action, string ActionName, ApprovalParty? Party, string? PartyName, string By, DateTime At);
