using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface ICompetenceEvidenceAppService
{
    Task<EvidenceDto> UploadMineAsync(UploadEvidenceInput input, EvidenceFile? file, CancellationToken ct);
    Task WithdrawMineAsync(Guid id, CancellationToken ct);
    Task<EvidenceDto> AssessAsync(Guid personId, AssessmentInput input, CancellationToken ct);
    Task<PagedResult<PendingEvidenceDto>> GetPendingAsync(PagedQuery query, CancellationToken ct);
    Task<EvidenceDto> ApproveAsync(Guid id, CancellationToken ct);
    Task<EvidenceDto> RejectAsync(Guid id, RejectEvidenceInput input, CancellationToken ct);
    /// <summary>The uploaded document, for its owner and for approvers whose scope covers the owner.</summary>
    Task<ExportFile> GetDocumentAsync(Guid id, CancellationToken ct);
}
