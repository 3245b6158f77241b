namespace NavLederprogram.Evaluations;

public interface IQuestionSetRepository
{
    Task<QuestionSet?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>The sets visible in the regions given (null: all), national sets always, by name.</summary>
    Task<IReadOnlyList<QuestionSet>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default);

    Task<QuestionSet?> FindPulseAsync(CancellationToken ct = default);

    Task InsertAsync(QuestionSet set, CancellationToken ct = default);
}
