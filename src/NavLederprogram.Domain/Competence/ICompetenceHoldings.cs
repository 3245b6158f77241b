namespace NavLederprogram.Competence;

/// <summary>Who holds a competence, as other modules ask before giving someone a task that needs it.</summary>
[ModuleContract]
public interface ICompetenceHoldings
{
    /// <summary>
    /// Those of <paramref name="personIds"/> whose approved evidence in the area is valid on <paramref name="on"/> at
    /// <paramref name="minimumLevel"/> or above. As in the status rules, the newest evidence counts, not the best ever held.
    /// </summary>
    Task<IReadOnlySet<Guid>> GetHoldersAsync(
        IReadOnlyCollection<Guid> personIds, Guid areaId, int minimumLevel, DateOnly on, CancellationToken ct);
}
