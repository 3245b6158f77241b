using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>Evidence waiting for approval, with what an approver needs to see.</summary>
public sealed record PendingEvidence(CompetenceEvidence Evidence, string PersonName, Guid OfficeId, string OfficeName);
