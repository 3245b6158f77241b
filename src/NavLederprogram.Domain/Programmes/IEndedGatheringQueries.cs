namespace NavLederprogram.Programmes;

/// <summary>The cohort gatherings that have taken place, for a short evaluation after each: one statement per list, however many cohorts.</summary>
[ModuleContract]
public interface IEndedGatheringQueries
{
    /// <summary>
    /// The gatherings of cohorts not cancelled that ended in [from, to) (UTC), in order of their end, each with the cohort's
    /// participants (enrolled or completed).
    /// </summary>
    Task<IReadOnlyList<PulseGathering>> GetEndedBetweenAsync(DateTime from, DateTime to, CancellationToken ct = default);
}
