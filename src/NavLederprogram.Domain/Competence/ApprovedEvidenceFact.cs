using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public sealed record ApprovedEvidenceFact(Guid PersonId, Guid CompetenceAreaId, EvidenceFact Fact);
