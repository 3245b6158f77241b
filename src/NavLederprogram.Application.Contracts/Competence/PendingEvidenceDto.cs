using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record PendingEvidenceDto(EvidenceDto Evidence, string PersonName, Guid OfficeId, string OfficeName);
