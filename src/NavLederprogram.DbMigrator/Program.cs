using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NavLederprogram;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.EntityFrameworkCore.Privacy;
using NavLederprogram.Identity;
using NavLederprogram.Privacy;

// Applies the configured provider's migrations and runs the idempotent seeders. Safe to run again and again.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();

var dataFolder = Directory.CreateDirectory(configuration["App:DataFolder"] is { Length: > 0 } f ? Path.GetFullPath(f) : Path.Combine(Directory.GetCurrentDirectory(), "App_Data")).FullName;
var services = new ServiceCollection();
services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
services.AddSingleton<IConfiguration>(configuration);
services.AddSingleton<ICurrentUser, MigratorUser>();
services.AddNavLederprogramEntityFrameworkCore(configuration, $"Data Source={Path.Combine(dataFolder, "navlederprogram.db")}");
services.AddNavLederprogramIdentityCore();
services.AddOpenIddict().AddCore(o => o.UseNavLederprogramStores());
services.AddNavLederprogramApplication();
// The demo seed unpacks the SCORM demo course into the file store, as the host keeps it.
services.AddFileStorage(configuration["App:FileStorageFolder"] is { Length: > 0 } files ? Path.GetFullPath(files) : Path.Combine(dataFolder, "files"));
// The same key-encryption key as the host's: the migrator encrypts reflection notes written before they were protected.
services.AddKeyEncryptionKey(configuration[KeyEncryptionKey.ConfigurationKey], dataFolder);
services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.Section));

await using var provider = services.BuildServiceProvider();
await using var scope = provider.CreateAsyncScope();
var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
Console.WriteLine($"Provider {db.Database.ProviderName}: {pending.Count} migration(s) to apply.");
await db.Database.MigrateAsync();
await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
Console.WriteLine("Migrated and seeded.");

/// <summary>Changes made by the migrator are audited as made by no user.</summary>
internal sealed class MigratorUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => "dbmigrator";
    public IReadOnlyList<string> Roles => [];
    public string? ClientId => null;
}
