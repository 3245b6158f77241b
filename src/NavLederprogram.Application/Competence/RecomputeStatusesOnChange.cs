using NavLederprogram.Events;
using NavLederprogram.Organisation;

namespace NavLederprogram.Competence;

/// <summary>Keeps statuses current the moment evidence or a person's placement changes; no nightly run is needed for that.</summary>
public sealed class RecomputeStatusesOnChange(CompetenceStatusCalculator calculator, ICompetenceStatusWriter store)
    : IDomainEventHandler<CompetenceEvidenceChanged>, IDomainEventHandler<PersonPlacementChanged>, IDomainEventHandler<CompetenceRequirementChanged>
{
    public Task HandleAsync(IReadOnlyList<CompetenceEvidenceChanged> events, CancellationToken ct) =>
        calculator.RecomputeAsync(events.Select(e => e.PersonId).Distinct().ToList(), ct);

    public Task HandleAsync(IReadOnlyList<PersonPlacementChanged> events, CancellationToken ct) =>
        calculator.RecomputeAsync(events.Select(e => e.PersonId).Distinct().ToList(), ct);

    /// <summary>Only the holders of the role are recomputed, not the whole country.</summary>
    public async Task HandleAsync(IReadOnlyList<CompetenceRequirementChanged> events, CancellationToken ct)
    {
        var holders = await store.GetHoldersAsync(events.Select(e => e.JobRoleId).Distinct().ToList(), ct);
        if (holders.Count > 0) await calculator.RecomputeAsync(holders, ct);
    }
}
