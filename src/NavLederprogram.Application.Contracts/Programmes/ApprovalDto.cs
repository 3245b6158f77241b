using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed record ApprovalDto(ApprovalParty Party, string PartyName, string ApprovedBy, DateTime ApprovedAt);
