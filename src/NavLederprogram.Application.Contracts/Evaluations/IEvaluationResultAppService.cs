using NavLederprogram.Competence;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Results for those who run what was evaluated: managers in scope, the cohort's facilitators, the group's supervisors. Every
/// view applies the threshold; no view returns a single response.
/// </summary>
public interface IEvaluationResultAppService
{
    /// <summary>The evaluations whose results the caller may see.</summary>
    Task<IReadOnlyList<EvaluationDto>> GetListAsync(CancellationToken ct);
    Task<EvaluationResultsDto> GetAsync(Guid id, CancellationToken ct);
    Task<ExportFile> ExportAsync(Guid id, ExportFormat format, CancellationToken ct);
    Task<ComparisonDto> CompareAsync(ComparisonQuery query, CancellationToken ct);
    Task<ExportFile> ExportComparisonAsync(ComparisonQuery query, ExportFormat format, CancellationToken ct);
}
