namespace NavLederprogram.Evaluations;

/// <summary>Evaluations on targets in the caller's scope.</summary>
public interface IEvaluationAppService
{
    Task<IReadOnlyList<EvaluationDto>> GetListAsync(CancellationToken ct);
    Task<EvaluationDto> GetAsync(Guid id, CancellationToken ct);
    Task<EvaluationDto> CreateAsync(CreateEvaluationInput input, CancellationToken ct);
    /// <summary>Removes an evaluation nobody has answered.</summary>
    Task DeleteAsync(Guid id, CancellationToken ct);
    /// <summary>What the caller may attach an evaluation to.</summary>
    Task<IReadOnlyList<EvaluationTargetOptionDto>> GetTargetsAsync(CancellationToken ct);
}
