namespace NavLederprogram.Programmes;

/// <summary>
/// What evaluations read of cohorts: the gatherings and modules one can evaluate, who takes part (and so may answer), and
/// which cohorts a facilitator runs. Each list is one statement whatever the number of cohorts.
/// </summary>
[ModuleContract]
public interface IEvaluationCohortQueries
{
    /// <summary>Cohorts not cancelled, of the regions given (null: all; national cohorts are in every region's list), with their gatherings and modules.</summary>
    Task<IReadOnlyList<EvaluationCohortCard>> GetCohortsAsync(IReadOnlyCollection<Guid>? regionIds, CancellationToken ct = default);

    Task<EvaluationCohortCard?> FindCohortAsync(Guid cohortId, CancellationToken ct = default);

    /// <summary>The people enrolled in (or who completed) each cohort; cohorts without any are left out.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> GetParticipantsAsync(IReadOnlyCollection<Guid> cohortIds, CancellationToken ct = default);

    /// <summary>The cohorts the person is enrolled in or completed.</summary>
    Task<IReadOnlyList<Guid>> GetCohortsOfParticipantAsync(Guid personId, CancellationToken ct = default);

    /// <summary>The cohorts the user is a facilitator of.</summary>
    Task<IReadOnlyList<Guid>> GetFacilitatedCohortsAsync(Guid userId, CancellationToken ct = default);
}
