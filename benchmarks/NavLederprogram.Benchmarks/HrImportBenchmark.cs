using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.TestBase;

/// <summary>
/// The national HR import: a file of 20,000 new people is checked and accepted as the API does, then written as the
/// import job does (people, then their competence statuses); then the same file again, which must change nothing.
/// Usage: Benchmarks hr-import sqlite|postgresql [connection string]; BENCH_PEOPLE sets the size.
/// </summary>
static class HrImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.FirstOrDefault()?.ToLowerInvariant() == "postgresql" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var folder = Directory.CreateTempSubdirectory("navleder-hr-bench-");
        var connection = provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(folder.FullName, "bench.db")}" : args[1];
        var people = int.Parse(Environment.GetEnvironmentVariable("BENCH_PEOPLE") ?? "20000");

        var user = new TestCurrentUser();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ICurrentUser>(user);
        services.AddNavLederprogramEntityFrameworkCore(o => o.UseNavLederprogramDatabase(provider, connection));
        // The demo seed stores files (the SCORM demo package) as the host does.
        services.AddFileStorage(Path.Combine(folder.FullName, "files"));
        services.AddNavLederprogramIdentityCore();
        services.AddOpenIddict().AddCore(o => o.UseNavLederprogramStores());
        services.AddNavLederprogramApplication();
        services.AddSingleton(KeyEncryptionKey.Ephemeral());
        services.Configure<IdentitySeedOptions>(o =>
        {
            o.SeedDemoUsers = true;
            o.AppRootUrls = ["http://localhost:5080"];
        });
        await using var root = services.BuildServiceProvider();

        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            if (provider == DatabaseProvider.PostgreSql) await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync();
        }
        // The national KS administrator sends the file, as in the demo.
        await using (var scope = root.CreateAsyncScope())
        {
            var admin = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().FindByNameAsync("ksadmin"))!;
            user.Id = admin.Id;
            user.UserName = admin.UserName;
            user.Roles = (await scope.ServiceProvider.GetRequiredService<IRoleAssignmentRepository>().GetAssignmentsAsync(admin.Id)).Select(a => a.RoleName).ToList();
        }

        var file = await GenerateAsync(root, people);
        Console.WriteLine($"Provider: {provider}; HR file of {people:N0} new people, {file.Length / 1024.0 / 1024.0:F1} MB");
        var commit = await ImportAsync(root, file, "Commit of new people");
        var again = await ImportAsync(root, file, "Re-import of the same file");
        if (commit.Status.Created != people || again.Status.Unchanged != people)
            throw new InvalidOperationException($"Unexpected outcome: {commit.Status} / {again.Status}");

        Console.WriteLine();
        Console.WriteLine($"RESULT {provider} hr-import ({people:N0} people): commit {commit.Seconds:F1} s (peak working set {commit.PeakMb:F0} MB); " +
            $"re-import {again.Seconds:F1} s (peak working set {again.PeakMb:F0} MB)");
        if (provider == DatabaseProvider.Sqlite) folder.Delete(true);
        return 0;
    }

    private static async Task<(double Seconds, double PeakMb, HrImportStatus Status)> ImportAsync(IServiceProvider root, byte[] file, string label)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        HrImportStatus accepted;
        await using (var scope = root.CreateAsyncScope())
            accepted = await scope.ServiceProvider.GetRequiredService<IHrImportAppService>().CommitAsync(new MemoryStream(file), default);
        var checkedAt = watch.Elapsed;
        await using (var scope = root.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<HrImportRunner>().RunUnfinishedAsync(default);
        watch.Stop();
        HrImportStatus status;
        await using (var scope = root.CreateAsyncScope())
            status = await scope.ServiceProvider.GetRequiredService<IHrImportAppService>().GetAsync(accepted.Id, default);
        if (status.State != HrImportState.Completed) throw new InvalidOperationException($"{label} did not complete: {status.Failure}");
        // The process's peak so far: the re-import's figure is the larger of the two runs.
        using var process = Process.GetCurrentProcess();
        var peakMb = process.PeakWorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine($"{label}: {watch.Elapsed.TotalSeconds:F1} s (check and queue {checkedAt.TotalSeconds:F1} s, job " +
            $"{(watch.Elapsed - checkedAt).TotalSeconds:F1} s); created {status.Created}, updated {status.Updated}, unchanged {status.Unchanged}; " +
            $"peak working set {peakMb:F0} MB");
        return (watch.Elapsed.TotalSeconds, peakMb, status);
    }

    /// <summary>New people spread over the demo offices and every job role, as a national HR export would list them.</summary>
    private static async Task<byte[]> GenerateAsync(IServiceProvider root, int people)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var offices = await db.Offices.Select(o => o.Name).OrderBy(n => n).ToListAsync();
        var roles = await db.JobRoles.Select(r => r.Code).OrderBy(c => c).ToListAsync();
        var csv = new StringBuilder("employeeNumber;firstName;lastName;email;employer;officeName;jobRoleCode;jobRoleStartDate\n");
        for (var i = 0; i < people; i++)
            csv.Append($"N{i:D6};Fornavn{i};Etternavn{i};n{i}@nav.no;{(i % 2 == 0 ? "statlig" : "kommunal")};{offices[i % offices.Count]};" +
                $"{roles[i % roles.Count]};{new DateOnly(2015, 1, 1).AddDays(i % 3000):yyyy-MM-dd}\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
