using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NavLederprogram.EntityFrameworkCore.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the model for this provider without a running host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<NavLederprogramDbContext>
{
    public NavLederprogramDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NavLederprogramDbContext>();
        options.UseNavLederprogramDatabase(DatabaseProvider.SqlServer, DesignTimeConnection);
        return new NavLederprogramDbContext(options.Options);
    }

    public const string DesignTimeConnection = "Server=localhost;Database=NavLederprogram;Trusted_Connection=True;TrustServerCertificate=True";
}
