using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NavLederprogram.EntityFrameworkCore.Data;

namespace NavLederprogram.EntityFrameworkCore;

public static class DatabaseProviderConfiguration
{
    public static string MigrationsAssembly(DatabaseProvider provider) => $"NavLederprogram.EntityFrameworkCore.Migrations.{provider}";

    /// <summary>Points the context at the chosen provider and that provider's own migration set.</summary>
    public static DbContextOptionsBuilder UseNavLederprogramDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        var migrations = MigrationsAssembly(provider);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations));
                options.AddInterceptors(new SqlitePragmaInterceptor());
                break;
        }
        options.UseOpenIddict<Guid>();
        // The required-end query-filter warning is expected: children of soft-deleted aggregates are never read alone.
        options.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        return options;
    }
}
