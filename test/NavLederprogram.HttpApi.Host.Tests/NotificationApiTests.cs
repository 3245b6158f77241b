using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.Organisation;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Notifications through the real host, database and mail path: the SMTP sink the test command starts when it runs
/// (read back over its REST API), else the pickup folder. A host of its own, because these tests add people and
/// change preferences that other tests would otherwise see.
/// </summary>
public class NotificationApiTests(NotificationApiTests.Host factory) : IClassFixture<NotificationApiTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public NavLederprogramFactory Factory { get; } = new();

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private NavLederprogramFactory Factory => factory.Factory;

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<Guid> PersonOfAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        var person = await scope.ServiceProvider.GetRequiredService<IPersonRepository>().FindByUserIdAsync(user!.Id);
        return person!.Id;
    }

    /// <summary>Gives a demo user without an employee record one at NAV Værnes, with an address of its own.</summary>
    private async Task<(Guid PersonId, string Email)> PersonForAsync(string userName)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var user = await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName);
        var people = sp.GetRequiredService<IPersonRepository>();
        if (await people.FindByUserIdAsync(user!.Id) is { } existing) return (existing.Id, existing.Email);
        var office = await sp.GetRequiredService<NavLederprogramDbContext>().Offices.FirstAsync(o => o.Name == "NAV Værnes");
        var email = $"{userName}.{Guid.NewGuid().ToString("N")[..6]}@test.navlederprogram.no";
        var person = new Person(Guid.CreateVersion7(), Random.Shared.Next(100000, 999999).ToString(), "Test", userName, email, Employer.State, office.Id);
        person.LinkUser(user.Id);
        await people.InsertAsync(person);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (person.Id, email);
    }

    /// <summary>As another module does it: the sender inside a unit of work, then the save.</summary>
    private async Task NotifyAsync(IReadOnlyCollection<Guid> people, NotificationMessage message)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<INotificationSender>().NotifyPeopleAsync(people, message);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    private async Task<T> DbAsync<T>(Func<NavLederprogramDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>());
    }

    private static async Task<JsonElement> FindAsync(HttpClient client, string text)
    {
        var page = await Ok(await client.GetAsync("/api/notifications?maxResultCount=100"));
        return page.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("subject").GetString()!.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_queued_notification_shows_in_the_recipients_list_in_their_language_and_can_be_marked_read()
    {
        var cohort = Unique("Kull Trøndelag");
        var leader = await Factory.ClientForAsync("leder", "nn");
        var unreadBefore = (await Ok(await leader.GetAsync("/api/notifications/unread-count"))).GetProperty("count").GetInt32();

        await NotifyAsync([await PersonOfAsync("leder")], new NotificationMessage(NotificationKind.Enrolment, "Cohort.EnrolmentConfirmed",
            [cohort, "2026-09-01"], "/my-programme"));

        (await Ok(await leader.GetAsync("/api/notifications/unread-count"))).GetProperty("count").GetInt32().ShouldBe(unreadBefore + 1);
        var page = await Ok(await leader.GetAsync("/api/notifications?maxResultCount=5"));
        var newest = page.GetProperty("items")[0];
        newest.GetProperty("subject").GetString().ShouldBe($"Du er påmeld {cohort}");
        newest.GetProperty("body").GetString()!.ShouldStartWith($"Påmeldinga di til {cohort} er stadfesta. Kullet startar 01.09.2026.");
        newest.GetProperty("kindName").GetString().ShouldBe("Påmelding");
        newest.GetProperty("link").GetString().ShouldBe("/my-programme");
        newest.GetProperty("isRead").GetBoolean().ShouldBeFalse();

        // The same notification reads in English to the same user asking in English.
        var english = await Factory.ClientForAsync("leder", "en");
        (await FindAsync(english, cohort)).GetProperty("subject").GetString().ShouldBe($"You are enrolled in {cohort}");

        var id = newest.GetProperty("id").GetGuid();
        var read = await Ok(await leader.PostAsync($"/api/notifications/{id}/read", null));
        read.GetProperty("isRead").GetBoolean().ShouldBeTrue();
        (await Ok(await leader.GetAsync("/api/notifications/unread-count"))).GetProperty("count").GetInt32().ShouldBe(unreadBefore);
        var unreadOnly = await Ok(await leader.GetAsync("/api/notifications?unreadOnly=true&maxResultCount=100"));
        unreadOnly.GetProperty("items").EnumerateArray().ShouldNotContain(n => n.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Nobody_reads_or_marks_another_users_notification()
    {
        var cohort = Unique("Kull Nordland");
        await NotifyAsync([await PersonOfAsync("leder")], new NotificationMessage(NotificationKind.Cohort, "Cohort.Started", [cohort]));
        var leader = await Factory.ClientForAsync("leder");
        var id = (await FindAsync(leader, cohort)).GetProperty("id").GetGuid();

        var other = await Factory.ClientForAsync("fasilitator");
        (await other.PostAsync($"/api/notifications/{id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await Ok(await other.GetAsync("/api/notifications?maxResultCount=100"));
        list.GetProperty("items").EnumerateArray().ShouldNotContain(n => n.GetProperty("id").GetGuid() == id);
        await Ok(await other.PostAsync("/api/notifications/read-all", null));
        (await FindAsync(leader, cohort)).GetProperty("isRead").GetBoolean().ShouldBeFalse();

        var marked = await Ok(await leader.PostAsync("/api/notifications/read-all", null));
        marked.GetProperty("marked").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        (await Ok(await leader.GetAsync("/api/notifications/unread-count"))).GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task The_same_deduplication_key_notifies_a_person_once()
    {
        var person = await PersonOfAsync("leder");
        var cohort = Unique("Kull Agder");
        var key = $"test:{Guid.NewGuid():N}";
        var message = new NotificationMessage(NotificationKind.Cohort, "Cohort.Cancelled", [cohort], "/my-programme", key);
        await NotifyAsync([person, person], message);
        await NotifyAsync([person], message);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // Twice inside one unit of work, too.
            var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
            await sender.NotifyPeopleAsync([person], message);
            await sender.NotifyPeopleAsync([person], message);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        (await DbAsync(db => db.Set<Notification>().CountAsync(n => n.DeduplicationKey == key))).ShouldBe(1);
        (await DbAsync(db => db.Set<NotificationEmail>().CountAsync(e => db.Set<Notification>().Any(n => n.Id == e.NotificationId && n.DeduplicationKey == key)))).ShouldBe(1);
    }

    [Fact]
    public async Task Preferences_list_every_kind_and_turn_email_off_and_on_for_one_kind()
    {
        var leader = await Factory.ClientForAsync("leder", "nb");
        var preferences = await Ok(await leader.GetAsync("/api/notifications/preferences"));
        preferences.GetArrayLength().ShouldBe(Enum.GetValues<NotificationKind>().Length);
        preferences.EnumerateArray().ShouldAllBe(p => p.GetProperty("email").GetBoolean());
        preferences.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "CompetenceExpiry").GetProperty("name").GetString().ShouldBe("Kompetanse som utløper");

        var off = await Ok(await leader.PutAsJsonAsync("/api/notifications/preferences", new { items = new[] { new { kind = "Reminder", email = false } } }));
        off.EnumerateArray().Single(p => p.GetProperty("kind").GetString() == "Reminder").GetProperty("email").GetBoolean().ShouldBeFalse();
        off.EnumerateArray().Where(p => p.GetProperty("kind").GetString() != "Reminder").ShouldAllBe(p => p.GetProperty("email").GetBoolean());

        var person = await PersonOfAsync("leder");
        var quiet = Unique("Samling");
        await NotifyAsync([person], new NotificationMessage(NotificationKind.Reminder, "Cohort.GatheringReminder",
            ["Kull 1", quiet, "2026-10-01T07:00:00Z", "Stjørdal"]));
        (await DbAsync(db => db.Set<Notification>().CountAsync(n => n.Arguments.Contains(quiet)))).ShouldBe(1);
        (await DbAsync(db => db.Set<NotificationEmail>().CountAsync(e => e.Subject.Contains(quiet)))).ShouldBe(0);

        await Ok(await leader.PutAsJsonAsync("/api/notifications/preferences", new { items = new[] { new { kind = "Reminder", email = true } } }));
        var loud = Unique("Samling");
        await NotifyAsync([person], new NotificationMessage(NotificationKind.Reminder, "Cohort.GatheringReminder",
            ["Kull 1", loud, "2026-10-01T07:00:00Z", "Stjørdal"]));
        var email = await DbAsync(db => db.Set<NotificationEmail>().SingleAsync(e => e.Subject.Contains(loud)));
        email.Subject.ShouldBe($"Påminnelse: {loud} 01.10.2026 kl. 09:00");
        email.TextBody.ShouldContain("Sted: Stjørdal");

        var invalid = await leader.PutAsJsonAsync("/api/notifications/preferences", new { items = new[] { new { kind = "Reminder" } } });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("items[0].email");
    }

    [Fact]
    public async Task The_language_a_user_chooses_is_kept_and_their_email_arrives_in_it()
    {
        var (person, address) = await PersonForAsync("kollegaveileder");
        var supervisor = await Factory.ClientForAsync("kollegaveileder");
        (await supervisor.PutAsJsonAsync("/api/identity/me/culture", new { culture = "xx" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Ok(await supervisor.PutAsJsonAsync("/api/identity/me/culture", new { culture = "nn" }), HttpStatusCode.NoContent);
        (await Ok(await supervisor.GetAsync("/api/identity/me"))).GetProperty("preferredCulture").GetString().ShouldBe("nn");

        var area = Unique("Arbeidsevnevurdering");
        await NotifyAsync([person], new NotificationMessage(NotificationKind.CompetenceExpiry, "Competence.Expiring", [area, "2026-12-31"], "/competence/my"));

        var (subject, text, html) = await ReceivedMailAsync(Factory, address, area);
        subject.ShouldBe($"Kompetansen din i {area} går ut 31.12.2026");
        text.ShouldContain("Opne i NavLederprogram: http://localhost:5080/competence/my");
        html.ShouldContain("href=\"http://localhost:5080/competence/my\"");
        var sent = await DbAsync(db => db.Set<NotificationEmail>().AsNoTracking().SingleAsync(e => e.To == address && e.Subject.Contains(area)));
        sent.SentAt.ShouldNotBeNull();
        sent.Culture.ShouldBe("nn");
    }

    [Fact]
    public async Task Without_an_smtp_host_email_is_written_to_the_pickup_folder()
    {
        await using var host = new NavLederprogramFactory { UseSmtpSink = false };
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync("leder");
        var person = await scope.ServiceProvider.GetRequiredService<IPersonRepository>().FindByUserIdAsync(user!.Id);
        var cohort = Unique("Kull Vestland");
        await scope.ServiceProvider.GetRequiredService<INotificationSender>().NotifyPeopleAsync([person!.Id],
            new NotificationMessage(NotificationKind.Certificate, "Cohort.CertificateIssued", ["Lederprogrammet", cohort], "/my-programme"));
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

        var (subject, text, _) = await ReceivedMailAsync(host, person.Email, cohort, fromPickupFolder: true);
        subject.ShouldBe("Kursbeviset ditt er klart");
        text.ShouldContain($"Gratulerer! Du har fullført Lederprogrammet ({cohort})");
    }

    [Fact]
    public async Task An_approval_tells_the_other_owners_admins_and_publishing_tells_both_in_the_app_and_by_email()
    {
        var ks = await Factory.ClientForAsync("ksadmin", "en");
        var directorate = await Factory.ClientForAsync("diradmin", "en");
        var published = (await Ok(await ks.GetAsync("/api/programme/versions"))).EnumerateArray()
            .First(v => v.GetProperty("status").GetString() == "Published").GetProperty("id").GetGuid();
        var name = Unique("Lederprogrammet 2028");
        var draft = await Ok(await ks.PostAsJsonAsync("/api/programme/versions", new { copyFromVersionId = published, name = new { nb = name } }), HttpStatusCode.Created);
        var id = draft.GetProperty("id").GetGuid();
        var ksAddress = await DbAsync(db => db.Users.Where(u => u.UserName == "ksadmin").Select(u => db.People.Where(p => p.UserId == u.Id).Select(p => p.Email).First()).SingleAsync());
        var directorateAddress = await DbAsync(db => db.Users.Where(u => u.UserName == "diradmin").Select(u => db.People.Where(p => p.UserId == u.Id).Select(p => p.Email).First()).SingleAsync());

        // KS approves: the directorate's admins are asked for theirs; KS is not told of its own approval.
        var approved = await Ok(await ks.PostAsJsonAsync($"/api/programme/versions/{id}/approve", new { concurrencyStamp = draft.GetProperty("concurrencyStamp").GetString() }));
        var awaits = await FindAsync(directorate, name);
        awaits.GetProperty("subject").GetString().ShouldBe($"Programme version awaits approval: {name}");
        awaits.GetProperty("link").GetString().ShouldBe($"/programme/versions/{id}");
        awaits.GetProperty("kind").GetString().ShouldBe("ProgrammeApproval");
        (await Ok(await ks.GetAsync("/api/notifications?maxResultCount=100"))).GetProperty("items").EnumerateArray()
            .ShouldNotContain(n => n.GetProperty("subject").GetString()!.Contains(name, StringComparison.Ordinal));
        // E-mail goes in the language the admin chose in the app, bokmål by default.
        (await ReceivedMailAsync(Factory, directorateAddress, $"Programversjonen «{name}» er sendt til godkjenning")).Subject
            .ShouldBe($"Programversjon venter på godkjenning: {name}");

        // The directorate approves: the version is published, and both owners' admins hear of it.
        await Ok(await directorate.PostAsJsonAsync($"/api/programme/versions/{id}/approve", new { concurrencyStamp = approved.GetProperty("concurrencyStamp").GetString() }));
        foreach (var (client, address) in new[] { (ks, ksAddress), (directorate, directorateAddress) })
        {
            var items = (await Ok(await client.GetAsync("/api/notifications?maxResultCount=100"))).GetProperty("items").EnumerateArray()
                .Where(n => n.GetProperty("subject").GetString() == $"New programme version published: {name}").ToList();
            items.ShouldHaveSingleItem().GetProperty("link").GetString().ShouldBe($"/programme/versions/{id}");
            (await ReceivedMailAsync(Factory, address, $"Programversjonen «{name}» er godkjent og publisert")).Subject
                .ShouldBe($"Ny programversjon er publisert: {name}");
        }
    }

    /// <summary>The mail to the address whose text names <paramref name="marker"/>, from the SMTP sink or the pickup folder.</summary>
    private static async Task<(string Subject, string Text, string Html)> ReceivedMailAsync(NavLederprogramFactory host, string address, string marker, bool fromPickupFolder = false)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        using var sink = new HttpClient();
        while (DateTime.UtcNow < deadline)
        {
            if (!fromPickupFolder && host.SendsToSmtpSink)
            {
                var mails = await sink.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{NavLederprogramFactory.SmtpSinkWebPort}/api/email");
                foreach (var mail in mails.EnumerateArray())
                {
                    var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString()).ToList();
                    var text = mail.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                    if (to.Contains(address, StringComparer.OrdinalIgnoreCase) && text.Contains(marker, StringComparison.Ordinal))
                        return (mail.GetProperty("subject").GetString()!, text, mail.TryGetProperty("html", out var h) ? h.GetString() ?? "" : "");
                }
            }
            else if (Directory.Exists(host.MailPickupFolder))
            {
                foreach (var file in Directory.GetFiles(host.MailPickupFolder, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => m.Address.Equals(address, StringComparison.OrdinalIgnoreCase)) && (message.TextBody ?? "").Contains(marker, StringComparison.Ordinal))
                        return (message.Subject ?? "", message.TextBody!, message.HtmlBody ?? "");
                }
            }
            await Task.Delay(250);
        }
        throw new ShouldAssertException($"No e-mail to {address} about {marker} arrived ({(fromPickupFolder || !host.SendsToSmtpSink ? "pickup folder" : "SMTP sink")}).");
    }
}
