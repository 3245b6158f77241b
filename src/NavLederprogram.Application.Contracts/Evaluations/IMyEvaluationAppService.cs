namespace NavLederprogram.Evaluations;

/// <summary>The caller's own evaluations: the open ones they may answer, the form, and the answer. Nothing answered is ever read back.</summary>
public interface IMyEvaluationAppService
{
    Task<IReadOnlyList<MyEvaluationDto>> GetListAsync(CancellationToken ct);
    Task<AnswerFormDto> GetFormAsync(Guid id, CancellationToken ct);
    Task AnswerAsync(Guid id, AnswerEvaluationInput input, CancellationToken ct);
}
