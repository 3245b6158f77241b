namespace NavLederprogram.Data;

/// <summary>Puts data in place that the system needs. Must be idempotent: a second run changes nothing.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }
    Task SeedAsync(CancellationToken ct);
}
