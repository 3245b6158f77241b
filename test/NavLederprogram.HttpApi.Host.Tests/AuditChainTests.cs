using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NavLederprogram.Audit;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Notifications;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>The hash chain on the real database: one chain under concurrent writers, tampering found and reported, retention from the old end.</summary>
public class AuditChainTests
{
    [Fact]
    public async Task Concurrent_appends_from_two_hosts_on_one_database_leave_one_unbroken_chain()
    {
        await using var first = new NavLederprogramFactory { RunsScheduledJobs = false, UseSmtpSink = false };
        var start = await HeadAsync(first);
        // Started after the first has made and seeded the database, as a second node joins a running one.
        await using var second = new NavLederprogramFactory(first.DataFolder, 100_000, first.ConnectionString) { RunsScheduledJobs = false, UseSmtpSink = false };
        (await HeadAsync(second)).LastSequence.ShouldBe(start.LastSequence);

        var writers = Enumerable.Range(0, 50).Select(i => Task.Run(() => InScopeAsync(i % 2 == 0 ? first : second, sp =>
            sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord(AuditKind.SignIn, "SignIn.Password", SubjectUserId: Guid.NewGuid(),
                Detail: $"writer {i}")))));
        await Task.WhenAll(writers);

        var entries = await InScopeAsync(first, sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Sequence > start.LastSequence).OrderBy(e => e.Sequence).ToListAsync());
        entries.Count.ShouldBe(50);
        entries.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, 50).Select(i => start.LastSequence + i));
        entries.Select(e => e.PreviousHash).Distinct().Count().ShouldBe(50, "no two entries link to the same predecessor");
        var verification = await InScopeAsync(second, sp => sp.GetRequiredService<IAuditChainMaintenance>().VerifyAsync(default));
        verification.BrokenAtSequence.ShouldBeNull();
        verification.VerifiedThroughSequence.ShouldBe(start.LastSequence + 50);
    }

    [Fact]
    public async Task A_row_changed_in_the_database_is_found_by_the_nightly_check_and_the_system_admins_are_alerted()
    {
        await using var factory = new NavLederprogramFactory();
        var admin = await factory.ClientForAsync("sysadmin", "en");
        // Entries of every common sort: admin reads, an export, a sign-in recorded by another module.
        var people = (await admin.GetAsync("/api/organisation/people?maxResultCount=3").Expect()).GetProperty("items").EnumerateArray().ToList();
        foreach (var person in people) (await admin.GetAsync($"/api/organisation/people/{person.GetProperty("id").GetGuid()}")).EnsureSuccessStatusCode();
        (await admin.GetAsync("/api/audit/entries/export")).EnsureSuccessStatusCode();
        // The reads are recorded once their answers have gone out.
        for (var i = 0; i < 100 && (await HeadAsync(factory)).LastSequence < people.Count + 1; i++) await Task.Delay(50);

        var ok = await RunVerificationAsync(factory, admin);
        ok.GetProperty("brokenAtSequence").ValueKind.ShouldBe(JsonValueKind.Null);
        var last = ok.GetProperty("lastSequence").GetInt64();
        ok.GetProperty("verifiedThroughSequence").GetInt64().ShouldBe(last);
        last.ShouldBeGreaterThanOrEqualTo(4);

        // The database refuses a change; someone with the rights to lift that guard can still make one, and the chain shows it.
        await Should.ThrowAsync<Exception>(() => SqlAsync(factory, """UPDATE "AudEntries" SET "Action" = 'Nothing.Happened' WHERE "Sequence" = 2"""));
        await SqlAsync(factory, NavLederprogramFactory.Provider == "PostgreSql"
            ? """ALTER TABLE "AudEntries" DISABLE TRIGGER "AudEntries_AppendOnly" """
            : """DROP TRIGGER "AudEntries_NoUpdate" """);
        await SqlAsync(factory, """UPDATE "AudEntries" SET "Action" = 'Nothing.Happened' WHERE "Sequence" = 2""");

        var broken = await RunVerificationAsync(factory, admin);
        broken.GetProperty("brokenAtSequence").GetInt64().ShouldBe(2);
        broken.GetProperty("verifiedThroughSequence").GetInt64().ShouldBe(1);

        var sysadmin = await InScopeAsync(factory, sp => sp.GetRequiredService<NavLederprogramDbContext>().Users.SingleAsync(u => u.UserName == "sysadmin"));
        // The alert follows the stored outcome in the same run.
        var alerts = 0;
        for (var i = 0; i < 100 && alerts == 0; i++)
        {
            alerts = await InScopeAsync(factory, sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<Notification>()
                .CountAsync(n => n.UserId == sysadmin.Id && n.TemplateKey == AuditChainAlerts.TemplateKey));
            if (alerts == 0) await Task.Delay(100);
        }
        alerts.ShouldBe(1);
        // "…nr. 2: …" or "…no. 2: …", in the admin's language.
        (await ReceivedMailTextAsync(sysadmin.Email!, ". 2:")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Retention_removes_expired_entries_from_the_old_end_only_and_the_chain_still_verifies()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new NavLederprogramFactory { Clock = clock, RunsScheduledJobs = false, UseSmtpSink = false };
        Task Record(AuditKind kind) => InScopeAsync(factory, sp => sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord(kind, "Retention.Test")));
        Task<int> Purge() => InScopeAsync(factory, sp => sp.GetRequiredService<IAuditChainMaintenance>().PurgeExpiredAsync(default));
        var start = (await HeadAsync(factory)).LastSequence;

        await Record(AuditKind.SignInFailed);
        await Record(AuditKind.SignInFailed);
        await Record(AuditKind.SignIn);
        await Record(AuditKind.SignInFailed);
        clock.Advance(TimeSpan.FromDays(91));
        await Record(AuditKind.Change);

        // The failed sign-ins (90 days) are gone up to the sign-in (a year), which holds the ones after it.
        (await Purge()).ShouldBe((int)start + 2);
        var head = await HeadAsync(factory);
        head.PurgedThroughSequence.ShouldBe(start + 2);
        var kept = await InScopeAsync(factory, sp => sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditEntry>().AsNoTracking()
            .OrderBy(e => e.Sequence).ToListAsync());
        kept.Select(e => e.Kind).ShouldBe([AuditKind.SignIn, AuditKind.SignInFailed, AuditKind.Change]);
        kept[0].PreviousHash.ShouldBe(head.PurgedAnchorHash);
        (await Purge()).ShouldBe(0);
        var verification = await InScopeAsync(factory, sp => sp.GetRequiredService<IAuditChainMaintenance>().VerifyAsync(default));
        verification.BrokenAtSequence.ShouldBeNull();
        verification.EntriesChecked.ShouldBe(3);

        // Removing a kept entry is refused by the database itself; a year on, the rest expires in order.
        await Should.ThrowAsync<Exception>(() => SqlAsync(factory, $"""DELETE FROM "AudEntries" WHERE "Sequence" = {start + 5}"""));
        clock.Advance(TimeSpan.FromDays(366));
        (await Purge()).ShouldBe(2);
        (await InScopeAsync(factory, sp => sp.GetRequiredService<IAuditChainMaintenance>().VerifyAsync(default))).BrokenAtSequence.ShouldBeNull();
    }

    /// <summary>Runs the verifying job as an admin does from the jobs page, and waits for its outcome in the viewer.</summary>
    private static async Task<JsonElement> RunVerificationAsync(NavLederprogramFactory factory, HttpClient admin)
    {
        var before = (await admin.GetAsync("/api/audit/chain").Expect()).GetProperty("verifiedAt");
        (await admin.PostAsync("/api/admin/jobs/audit/verify-chain/run", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        for (var i = 0; i < 200; i++)
        {
            var status = await admin.GetAsync("/api/audit/chain").Expect();
            var at = status.GetProperty("verifiedAt");
            if (at.ValueKind == JsonValueKind.String && (before.ValueKind != JsonValueKind.String || at.GetDateTime() > before.GetDateTime()))
                return status;
            await Task.Delay(100);
        }
        throw new ShouldAssertException("The verifying job did not finish.");
    }

    private static Task<AuditChainHead> HeadAsync(NavLederprogramFactory factory) => InScopeAsync(factory, sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Set<AuditChainHead>().AsNoTracking().SingleAsync());

    private static Task SqlAsync(NavLederprogramFactory factory, string sql) => InScopeAsync(factory, sp =>
        sp.GetRequiredService<NavLederprogramDbContext>().Database.ExecuteSqlRawAsync(sql));

    private static async Task<T> InScopeAsync<T>(NavLederprogramFactory factory, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static Task InScopeAsync(NavLederprogramFactory factory, Func<IServiceProvider, Task> action) =>
        InScopeAsync(factory, async sp => { await action(sp); return 0; });

    private static async Task<string> ReceivedMailTextAsync(string address, string marker)
    {
        if (NavLederprogramFactory.SmtpSinkWebPort is not { } port) throw new InvalidOperationException("Start the SMTP sink (NAVLEDER_TEST_SMTP_WEB).");
        var deadline = DateTime.UtcNow.AddSeconds(45);
        using var sink = new HttpClient();
        while (DateTime.UtcNow < deadline)
        {
            foreach (var mail in (await sink.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/api/email")).EnumerateArray())
            {
                var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString());
                var text = mail.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                if (to.Contains(address, StringComparer.OrdinalIgnoreCase) && text.Contains(marker, StringComparison.Ordinal)) return text;
            }
            await Task.Delay(250);
        }
        throw new ShouldAssertException($"No e-mail to {address} with {marker} arrived.");
    }
}
