using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NavLederprogram.EntityFrameworkCore.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the model for this provider without a running host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NavLederprogramDbContext>
{
    public NavLederprogramDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NavLederprogramDbContext>();
        options.UseNavLederprogramDatabase(DatabaseProvider.PostgreSql, DesignTimeConnection);
        return new NavLederprogramDbContext(options.Options);
    }

    public const string DesignTimeConnection = "Host=localhost;Database=navlederprogram;Username=postgres";
}
