using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NavLederprogram.EntityFrameworkCore.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider without a running host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NavLederprogramDbContext>
{
    public NavLederprogramDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NavLederprogramDbContext>();
        options.UseNavLederprogramDatabase(DatabaseProvider.Sqlite, DesignTimeConnection);
        return new NavLederprogramDbContext(options.Options);
    }

    public const string DesignTimeConnection = "Data Source=design-time.db";
}
