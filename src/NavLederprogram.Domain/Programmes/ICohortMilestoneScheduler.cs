namespace NavLederprogram.Programmes;

/// <summary>Keeps the cohort's milestones as triggers in the persistent scheduler.</summary>
public interface ICohortMilestoneScheduler
{
    /// <summary>Adds, moves and removes the cohort's triggers so that they match its milestones.</summary>
    Task SyncAsync(Cohort cohort, CancellationToken ct = default);

    /// <summary>The cohort's milestones that are triggers now, by key, with their next fire time.</summary>
    Task<IReadOnlyDictionary<string, DateTime>> GetScheduledAsync(Guid cohortId, CancellationToken ct = default);
}
