namespace NavLederprogram.Evaluations;

public interface IEvaluationPulseRepository
{
    /// <summary>Those of the targets that already have a pulse.</summary>
    Task<IReadOnlySet<Guid>> GetPulsedTargetIdsAsync(EvaluationTargetKind kind, IReadOnlyCollection<Guid> targetIds, CancellationToken ct = default);

    /// <summary>
    /// Saves the evaluation with the mark that its target has a pulse, in one save; false, and nothing saved, when another run marked
    /// the target first.
    /// </summary>
    Task<bool> TryOpenAsync(Evaluation evaluation, EvaluationPulse pulse, CancellationToken ct = default);

    /// <summary>The settings row, null until an admin first saves them (pulses are on, with the seeded set, until then).</summary>
    Task<PulseSettings?> FindSettingsAsync(CancellationToken ct = default);

    Task InsertSettingsAsync(PulseSettings settings, CancellationToken ct = default);
}
