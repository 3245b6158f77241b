namespace NavLederprogram.PeerSupervision;

public interface ISupervisionSettingsRepository
{
    /// <summary>The one row of settings, tracked; null only before the seed has run.</summary>
    Task<SupervisionSettings?> FindAsync(CancellationToken ct = default);
    Task InsertAsync(SupervisionSettings settings, CancellationToken ct = default);
}
