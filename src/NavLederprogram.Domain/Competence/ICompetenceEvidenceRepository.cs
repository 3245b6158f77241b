using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceEvidenceRepository
{
    Task<CompetenceEvidence?> FindAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<CompetenceEvidence>> GetForPersonAsync(Guid personId, CancellationToken ct = default);
    Task<Page<PendingEvidence>> GetPendingPageAsync(PageRequest request, AccessScope scope, CancellationToken ct = default);
    Task<bool> ExistsFromSourceAsync(Guid personId, Guid competenceAreaId, EvidenceSource source, string reference, CancellationToken ct = default);
    Task<EvidenceDocument?> GetDocumentAsync(Guid evidenceId, CancellationToken ct = default);
    /// <summary>Approved evidence of the given people, or of everyone when <paramref name="personIds"/> is null.</summary>
    Task<IReadOnlyList<ApprovedEvidenceFact>> GetApprovedFactsAsync(IReadOnlyCollection<Guid>? personIds, CancellationToken ct = default);
    Task InsertAsync(CompetenceEvidence evidence, EvidenceDocument? document, CancellationToken ct = default);
    void Delete(CompetenceEvidence evidence);
}
