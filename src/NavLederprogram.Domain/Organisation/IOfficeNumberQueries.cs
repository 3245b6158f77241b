namespace NavLederprogram.Organisation;

/// <summary>
/// Offices by the numbers statistics name them by. The register keeps no number of its own for an office; NAV's statistics
/// report an office under the municipality number (kommunenummer) of the municipalities it serves, each served by one office.
/// </summary>
[ModuleContract]
public interface IOfficeNumberQueries
{
    /// <summary>Every municipality number with the office that serves it, in one statement.</summary>
    Task<IReadOnlyDictionary<string, Guid>> GetOfficeIdsByNumberAsync(CancellationToken ct = default);
}
