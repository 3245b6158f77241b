using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NavLederprogram;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.EntityFrameworkCore.Privacy;
using NavLederprogram.Identity;
using NavLederprogram.LoadBench;
using NavLederprogram.Privacy;

// The load benchmark's programs (benchmarks/load/run.sh calls them):
//   seed DIR [--Database:Provider=… --ConnectionStrings:Default=… --App:DataFolder=… --Identity:AppRootUrls:0=…]
//     migrates, seeds the demo data and the national data set, and writes the leaders' ids to DIR
//   tokens DIR HOST [COUNT]     signs in COUNT leaders (all by default), the sysadmin and the KS admin; writes DIR/tokens.tsv
//   enrolment DIR HOST          the 200-way simultaneous enrolment check
var command = args.FirstOrDefault();
var folder = args.ElementAtOrDefault(1) ?? throw new ArgumentException("usage: seed|tokens|enrolment DIR …");
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

switch (command)
{
    case "seed":
        await using (var services = SeedServices(args.Skip(2).ToArray()))
            await new NationalSeed(services, folder).RunAsync(cancel.Token);
        return 0;
    case "tokens":
        await WriteTokensAsync(folder, new Uri(args[2]), args.Length > 3 ? int.Parse(args[3]) : int.MaxValue, cancel.Token);
        return 0;
    case "enrolment":
        var host = new Uri(args[2]);
        var token = await new SignIn(host).AccessTokenAsync("ksadmin", "Demo123!", cancel.Token);
        var nominees = (await File.ReadAllLinesAsync(Path.Combine(folder, "nominees.txt"))).Select(Guid.Parse).ToList();
        var result = await new EnrolmentCheck(host, token).RunAsync(nominees, cancel.Token);
        Console.WriteLine(result);
        return result.StartsWith("PASS", StringComparison.Ordinal) ? 0 : 1;
    default:
        Console.Error.WriteLine("usage: seed|tokens|enrolment DIR …");
        return 2;
}

// The same registrations as the DbMigrator: the application's own services, demo users on.
static ServiceProvider SeedServices(string[] args)
{
    var configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Identity:SeedDemoUsers"] = "true" })
        .AddCommandLine(args)
        .Build();
    var dataFolder = Directory.CreateDirectory(configuration["App:DataFolder"] ?? "App_Data").FullName;
    var services = new ServiceCollection();
    services.AddLogging(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
        .AddFilter("Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error)
        // A new PostgreSQL database is created by the migration after a first failed connection, which is not an error here.
        .AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical));
    services.AddSingleton<IConfiguration>(configuration);
    services.AddSingleton<ICurrentUser, SeedUser>();
    services.AddNavLederprogramEntityFrameworkCore(configuration, $"Data Source={Path.Combine(dataFolder, "navlederprogram.db")}");
    // The demo seed stores files (the SCORM demo package) as the host does.
    services.AddFileStorage(Path.Combine(dataFolder, "files"));
    services.AddNavLederprogramIdentityCore();
    services.AddOpenIddict().AddCore(o => o.UseNavLederprogramStores());
    services.AddNavLederprogramApplication();
    services.AddKeyEncryptionKey(configuration[KeyEncryptionKey.ConfigurationKey], dataFolder);
    services.Configure<IdentitySeedOptions>(configuration.GetSection(IdentitySeedOptions.Section));
    return services.BuildServiceProvider();
}

// One line per signed-in leader: the token, then the ids the write requests need. Four sign-ins at a time:
// each costs a password hash on the host.
static async Task WriteTokensAsync(string folder, Uri host, int count, CancellationToken ct)
{
    var signIn = new SignIn(host);
    var leaders = (await File.ReadAllLinesAsync(Path.Combine(folder, "leaders.tsv"), ct)).Take(count).ToList();
    var lines = new string[leaders.Count];
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var options = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct };
    await Parallel.ForAsync(0, leaders.Count, options, async (i, token) =>
    {
        var fields = leaders[i].Split('\t');
        lines[i] = string.Join('\t', [await signIn.AccessTokenAsync(fields[0], NationalSeed.LeaderPassword, token), .. fields.Skip(1)]);
    });
    await File.WriteAllLinesAsync(Path.Combine(folder, "tokens.tsv"), lines, ct);
    await File.WriteAllTextAsync(Path.Combine(folder, "sysadmin.token"), await signIn.AccessTokenAsync("sysadmin", "Demo123!", ct), ct);
    Console.WriteLine($"  {lines.Length} leaders and the sysadmin signed in through the login page and the code flow with PKCE " +
        $"in {watch.Elapsed.TotalSeconds:F1} s");
}

/// <summary>Seeded rows are audited as made by no user.</summary>
internal sealed class SeedUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => "loadbench";
    public IReadOnlyList<string> Roles => [];
    public string? ClientId => null;
}
