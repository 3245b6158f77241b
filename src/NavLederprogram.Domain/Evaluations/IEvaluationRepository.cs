namespace NavLederprogram.Evaluations;

public interface IEvaluationRepository
{
    Task<Evaluation?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Evaluations of the regions given (null: all; national ones always), latest window first.</summary>
    Task<IReadOnlyList<Evaluation>> GetListAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default);

    /// <summary>Evaluations whose window is open at <paramref name="now"/>, read only.</summary>
    Task<IReadOnlyList<Evaluation>> GetOpenAsync(DateTime now, CancellationToken ct = default);

    /// <summary>Every evaluation of the question set, read only: the comparison across cohorts.</summary>
    Task<IReadOnlyList<Evaluation>> GetOfQuestionSetAsync(Guid questionSetId, CancellationToken ct = default);

    /// <summary>Evaluations opened but whose eligible people have not been told, tracked for update.</summary>
    Task<IReadOnlyList<Evaluation>> GetOpenedNotNotifiedAsync(DateTime now, CancellationToken ct = default);

    Task InsertAsync(Evaluation evaluation, CancellationToken ct = default);

    void Delete(Evaluation evaluation);
}
