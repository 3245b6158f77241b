namespace NavLederprogram.Evaluations;

/// <summary>
/// Who has answered and what was answered, kept apart. Reads give counts, tallies and released texts — never a response
/// with anything that could tell whose it is, and never in the order responses were stored.
/// </summary>
public interface IEvaluationAnswerRepository
{
    Task<bool> HasAnsweredAsync(Guid evaluationId, Guid personId, CancellationToken ct = default);

    /// <summary>Of the evaluations, those the person has answered.</summary>
    Task<IReadOnlySet<Guid>> GetAnsweredAsync(Guid personId, IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default);

    /// <summary>Of the people, those who have answered the evaluation.</summary>
    Task<IReadOnlySet<Guid>> GetRespondentsAsync(Guid evaluationId, CancellationToken ct = default);

    /// <summary>Adds the respondent row and the response; the caller's save writes both in one transaction.</summary>
    Task InsertAsync(EvaluationSubmission submission, CancellationToken ct = default);

    /// <summary>How many responses each evaluation has.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountResponsesAsync(IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default);

    /// <summary>The answers of each evaluation counted by question and value, one grouped statement.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<AnswerTally>>> TallyAsync(IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default);

    /// <summary>The free texts review released, by evaluation.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<ReleasedText>>> GetReleasedTextsAsync(IReadOnlyCollection<Guid> evaluationIds,
        CancellationToken ct = default);

    Task<bool> AnyAsync(Guid evaluationId, CancellationToken ct = default);
}
