namespace NavLederprogram.Evaluations;

public interface IEvaluationReminderRepository
{
    /// <summary>
    /// The evaluations not yet reminded of that are open at <paramref name="now"/>, have been open since <paramref name="openedBy"/>
    /// and close by <paramref name="closesBy"/>; tracked for update.
    /// </summary>
    Task<IReadOnlyList<Evaluation>> GetDueAsync(DateTime now, DateTime openedBy, DateTime closesBy, CancellationToken ct = default);

    /// <summary>Who has answered each of the evaluations, in one statement.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlySet<Guid>>> GetRespondentsAsync(IReadOnlyCollection<Guid> evaluationIds, CancellationToken ct = default);
}
