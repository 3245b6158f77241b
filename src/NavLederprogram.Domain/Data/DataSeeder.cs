namespace NavLederprogram.Data;

/// <summary>Runs every seed contributor in order. Safe to run on every start.</summary>
public sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
            await contributor.SeedAsync(ct);
    }
}
