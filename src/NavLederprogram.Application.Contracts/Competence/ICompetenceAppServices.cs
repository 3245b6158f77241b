using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

public interface IProficiencyScaleAppService : ICrudAppService<ProficiencyScaleDto, PagedQuery, SaveProficiencyScaleInput>;

public interface ICompetenceCategoryAppService : ICrudAppService<CompetenceCategoryDto, PagedQuery, SaveCompetenceCategoryInput>;

public interface ICompetenceAreaAppService : ICrudAppService<CompetenceAreaDto, CompetenceAreaQuery, SaveCompetenceAreaInput>;

/// <summary>Role requirements with dated versions: a change adds a version, it never edits one.</summary>
public interface ICompetenceRequirementAppService
{
    Task<PagedResult<CompetenceRequirementDto>> GetListAsync(RequirementQuery query, CancellationToken ct);
    Task<CompetenceRequirementDto> GetAsync(Guid id, CancellationToken ct);
    Task<CompetenceRequirementDto> CreateAsync(CreateRequirementInput input, CancellationToken ct);
    Task<CompetenceRequirementDto> ChangeAsync(Guid id, ChangeRequirementInput input, CancellationToken ct);
    Task<CompetenceRequirementDto> RetireAsync(Guid id, RetireRequirementInput input, CancellationToken ct);
}

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

public interface ICompetenceProfileAppService
{
    Task<CompetenceProfileDto> GetMineAsync(CancellationToken ct);
    Task<CompetenceProfileDto> GetAsync(Guid personId, CancellationToken ct);
}

/// <summary>Gap analysis for an office, a region or the whole country, limited to the viewer's scope.</summary>
public interface IGapAnalysisAppService
{
    Task<GapSummaryDto> GetSummaryAsync(GapQuery query, CancellationToken ct);
    Task<HeatmapDto> GetHeatmapAsync(GapQuery query, CancellationToken ct);
    Task<PagedResult<GapPersonDto>> GetPeopleAsync(GapPeopleQuery query, CancellationToken ct);
    Task<ExportFile> ExportAsync(GapPeopleQuery query, ExportFormat format, CancellationToken ct);
}
