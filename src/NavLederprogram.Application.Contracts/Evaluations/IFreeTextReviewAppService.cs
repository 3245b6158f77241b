namespace NavLederprogram.Evaluations;

/// <summary>
/// An admin reads the free-text answers before anyone who sees results does, and approves each or redacts it (takes out names). What
/// the reviewer sees tells nothing of who wrote an answer.
/// </summary>
public interface IFreeTextReviewAppService
{
    /// <summary>The evaluations in scope with free-text answers, those with answers waiting first.</summary>
    Task<IReadOnlyList<FreeTextReviewEvaluationDto>> GetEvaluationsAsync(CancellationToken ct);

    Task<FreeTextReviewDto> GetAsync(Guid evaluationId, CancellationToken ct);

    Task<FreeTextAnswerDto> ApproveAsync(Guid evaluationId, Guid key, CancellationToken ct);

    Task<FreeTextAnswerDto> RedactAsync(Guid evaluationId, Guid key, RedactFreeTextInput input, CancellationToken ct);
}
