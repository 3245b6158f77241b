namespace NavLederprogram.Evaluations;

/// <summary>The free-text answers as review reads them: counts per evaluation, and one evaluation's texts to approve or redact.</summary>
public interface IFreeTextReviewRepository
{
    /// <summary>For every evaluation with free-text answers: how many wait for review and how many there are, one grouped statement.</summary>
    Task<IReadOnlyDictionary<Guid, FreeTextCount>> CountAsync(CancellationToken ct = default);

    /// <summary>The evaluation's responses that hold a free text, with their answers, tracked for update.</summary>
    Task<IReadOnlyList<EvaluationResponse>> GetWithFreeTextAsync(Guid evaluationId, CancellationToken ct = default);
}
