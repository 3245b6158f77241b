namespace NavLederprogram.HttpApi.Host.Scheduling;

/// <summary>
/// A module that schedules many one-shot triggers for its own entities (a cohort's milestones) names them for the jobs page,
/// which shows them per entity rather than one by one. Scheduling knows no other module: the owning module registers this.
/// </summary>
[ModuleContract]
public interface ITriggerGroupOwner
{
    /// <summary>The entity a trigger group belongs to, or null when the group is not this module's.</summary>
    Guid? OwnerOf(string triggerGroup);

    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct);

    /// <summary>What a trigger does when it fires, in the current language; null when unknown.</summary>
    string? WhatText(string triggerName);
}
