using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;

namespace NavLederprogram.TestBase;

/// <summary>
/// The real DbContext, repositories, domain and application services on an in-memory SQLite database that is
/// migrated with the SQLite migration set and seeded with the demo data, like the embedded default.
/// </summary>
public sealed class SqliteTestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    // Another node shares the database of the one it was made from and leaves closing it to that one.
    private readonly bool _ownsConnection;
    public ServiceProvider Services { get; }
    public TestCurrentUser CurrentUser { get; } = new();
    /// <summary>The folder of this database's file store, removed with it.</summary>
    public string FilesFolder { get; } = Path.Combine(Path.GetTempPath(), "navlederprogram-test-files", Guid.NewGuid().ToString("N"));

    private SqliteTestDatabase(bool seedDemoUsers, Action<IServiceCollection>? configure = null, SqliteConnection? shared = null)
    {
        _ownsConnection = shared is null;
        _connection = shared ?? new SqliteConnection("Data Source=:memory:");
        if (_ownsConnection) _connection.Open();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ICurrentUser>(CurrentUser);
        services.AddNavLederprogramEntityFrameworkCore(o => o.UseNavLederprogramDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:").UseSqlite(_connection));
        services.AddNavLederprogramIdentityCore();
        services.AddOpenIddict().AddCore(o => o.UseNavLederprogramStores());
        services.AddNavLederprogramApplication();
        services.AddSingleton(TestKeyEncryptionKey);
        services.AddFileStorage(FilesFolder);
        services.Configure<IdentitySeedOptions>(o =>
        {
            o.SeedDemoUsers = seedDemoUsers;
            o.AppRootUrls = ["http://localhost:5080"];
            o.HrClientSecret = "test-secret";
        });
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>One key-encryption key for every test database of the process: copies of the seeded template and other nodes read its keys.</summary>
    public static readonly KeyEncryptionKey TestKeyEncryptionKey = KeyEncryptionKey.Ephemeral();

    // Seeding hashes eight demo passwords; doing it once and copying the result keeps each test fast.
    private static readonly Lazy<Task<SqliteTestDatabase>> SeededTemplate = new(() => CreateFreshAsync(seed: true));
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    /// <param name="configure">Adds services to the real ones, e.g. a handler that observes domain events.</param>
    public static async Task<SqliteTestDatabase> CreateAsync(bool seed = true, Action<IServiceCollection>? configure = null)
    {
        if (!seed) return await CreateFreshAsync(seed: false);
        var template = await SeededTemplate.Value;
        var db = new SqliteTestDatabase(seedDemoUsers: true, configure);
        await TemplateLock.WaitAsync();
        try { template._connection.BackupDatabase(db._connection); }
        finally { TemplateLock.Release(); }
        return db;
    }

    private static async Task<SqliteTestDatabase> CreateFreshAsync(bool seed)
    {
        var db = new SqliteTestDatabase(seed);
        await using var scope = db.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Database.MigrateAsync();
        if (seed) await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
        return db;
    }

    /// <summary>
    /// Another node on the same database: its own services and memory, sharing only the data, as a second host process
    /// on one database server would.
    /// </summary>
    public SqliteTestDatabase AnotherNode(Action<IServiceCollection>? configure = null) => new(seedDemoUsers: true, configure, _connection);

    /// <summary>Runs one unit of work in its own scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) => InScopeAsync(async sp => { await action(sp); return 0; });

    /// <summary>Signs in as a seeded demo user, with that user's roles.</summary>
    public async Task SignInAsAsync(string userName)
    {
        var user = await InScopeAsync(sp => sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByNameAsync(userName))
            ?? throw new InvalidOperationException($"No demo user {userName}");
        CurrentUser.Id = user.Id;
        CurrentUser.UserName = userName;
        CurrentUser.ClientId = null;
        CurrentUser.Roles = await InScopeAsync(async sp => (await sp.GetRequiredService<IRoleAssignmentRepository>().GetAssignmentsAsync(user.Id)).Select(a => a.RoleName).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsConnection) await _connection.DisposeAsync();
        if (Directory.Exists(FilesFolder)) Directory.Delete(FilesFolder, recursive: true);
    }
}
