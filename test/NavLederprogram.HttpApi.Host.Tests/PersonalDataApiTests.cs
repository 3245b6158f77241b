using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Audit;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.Development;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Evaluations;
using NavLederprogram.Identity;
using NavLederprogram.Notifications;
using NavLederprogram.PeerSupervision;
using NavLederprogram.Privacy;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// A person's data: their own export, an admin's export in scope, and erasure — tried on a leader of the tests' own who has data in
/// every module, then looked for in every column of every table of the database.
/// </summary>
[Collection(HostCollection.Name)]
public class PersonalDataApiTests(NavLederprogramFactory factory)
{
    private const string Reflection = "Jeg lærte at jeg må lytte mer enn jeg snakker på personalmøtene.";

    private sealed record Subject(Guid PersonId, Guid UserId, string UserName, string LastName, string Email, string EmployeeNumber, string FullName);

    [Fact]
    public async Task An_erased_person_is_found_in_no_table_and_the_kept_certificates_name_no_one()
    {
        var subject = await SubjectWithDataEverywhereAsync();
        var admin = await factory.ClientForAsync("sysadmin");
        // Before: the person is found, so the search below can find them.
        (await SearchAsync(subject)).ShouldNotBeEmpty();

        var plan = await admin.GetAsync($"/api/personal-data/people/{subject.PersonId}/erasure").Expect();
        plan.GetProperty("refusal").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var steps = plan.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("module").GetString(), s.GetProperty("kind").GetString(),
            s.GetProperty("action").GetString())).ToList();
        foreach (var module in new[] { "Organisation", "Identity", "Competence", "Programmes", "ELearning", "PeerSupervision", "Evaluations", "Development", "Notifications", "Privacy" })
            steps.ShouldContain(s => s.Item1 == module, $"the dry run names nothing in {module}");
        steps.ShouldContain(("Programmes", "ProgrammeCertificates", "Keep"));
        steps.ShouldContain(("ELearning", "CourseCertificates", "Keep"));
        steps.ShouldContain(("Programmes", "ProgrammeReflections", "Delete"));

        var record = await admin.PostAsJsonAsync($"/api/personal-data/people/{subject.PersonId}/erasure", new { confirmation = subject.EmployeeNumber }).Expect();
        record.GetProperty("personId").GetGuid().ShouldBe(subject.PersonId);

        var found = await SearchAsync(subject);
        found.ShouldBeEmpty();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            // The records the retention rules keep are still there, under the anonymised person.
            var certificate = await db.Set<Certificate>().IgnoreQueryFilters().SingleAsync(c => c.PersonId == subject.PersonId);
            certificate.PersonName.ShouldBe(ErasedPerson.Code(subject.PersonId));
            (await db.Set<CourseCertificate>().IgnoreQueryFilters().SingleAsync(c => c.PersonId == subject.PersonId)).PersonName
                .ShouldBe(ErasedPerson.Code(subject.PersonId));
            var person = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == subject.PersonId);
            person.FullName.ShouldNotContain(subject.FullName);
            person.UserId.ShouldBeNull();
            (await db.Users.AnyAsync(u => u.Id == subject.UserId)).ShouldBeFalse();
            (await db.Set<ReflectionNote>().IgnoreQueryFilters().AnyAsync(n => n.AuthorPersonId == subject.PersonId)).ShouldBeFalse();
            (await db.Set<PrivateTextKey>().AnyAsync(k => k.PersonId == subject.PersonId)).ShouldBeFalse();
        }

        var erasures = await admin.GetAsync("/api/personal-data/erasures").Expect();
        var listed = erasures.EnumerateArray().Single(e => e.GetProperty("personId").GetGuid() == subject.PersonId);
        listed.GetRawText().ShouldNotContain(subject.FullName);
        listed.GetProperty("retention").GetProperty("Certificates").GetInt32().ShouldBe(10);
    }

    [Fact]
    public async Task The_kept_records_go_when_their_retention_has_passed()
    {
        var subject = await SubjectWithDataEverywhereAsync();
        var admin = await factory.ClientForAsync("sysadmin");
        await admin.PostAsJsonAsync($"/api/personal-data/people/{subject.PersonId}/erasure", new { confirmation = subject.EmployeeNumber }).Expect();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        async Task<(int Evidence, int Certificates, int CourseCertificates)> KeptAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            return (await db.Set<CompetenceEvidence>().IgnoreQueryFilters().CountAsync(e => e.PersonId == subject.PersonId),
                await db.Set<Certificate>().IgnoreQueryFilters().CountAsync(c => c.PersonId == subject.PersonId),
                await db.Set<CourseCertificate>().IgnoreQueryFilters().CountAsync(c => c.PersonId == subject.PersonId));
        }

        async Task PurgeAsync(DateOnly day)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NavLederprogram.PersonalData.PersonalDataEraser>().PurgeExpiredAsync(day, default);
        }

        (await KeptAsync()).ShouldBe((1, 1, 1));
        await PurgeAsync(today.AddYears(1));
        (await KeptAsync()).ShouldBe((1, 1, 1));
        // Evidence is kept for 5 years, certificates for 10.
        await PurgeAsync(today.AddYears(6));
        (await KeptAsync()).ShouldBe((0, 1, 1));
        await PurgeAsync(today.AddYears(11));
        (await KeptAsync()).ShouldBe((0, 0, 0));
        (await SearchAsync(subject)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_dry_run_changes_nothing()
    {
        var subject = await SubjectWithDataEverywhereAsync();
        var admin = await factory.ClientForAsync("sysadmin");
        var before = await RowCountsAsync();
        var plan = await admin.GetAsync($"/api/personal-data/people/{subject.PersonId}/erasure").Expect();
        plan.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(5);
        (await RowCountsAsync()).ShouldBe(before);
        (await SearchAsync(subject)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_own_export_holds_the_data_of_every_module_with_the_reflection_and_an_admins_export_does_not()
    {
        var subject = await SubjectWithDataEverywhereAsync();
        var other = await SubjectWithDataEverywhereAsync();
        var leader = await factory.ClientForAsync(subject.UserName);
        var mine = await leader.GetAsync("/api/personal-data/mine").Expect();
        var text = mine.GetRawText();
        text.ShouldContain(Reflection);
        text.ShouldContain(subject.EmployeeNumber);
        text.ShouldNotContain(other.LastName);
        text.ShouldNotContain(other.EmployeeNumber);
        var sections = mine.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("module").GetString()!, s => s.GetProperty("entries").GetArrayLength());
        foreach (var module in new[] { "Organisation", "Identity", "Competence", "Programmes", "ELearning", "PeerSupervision", "Evaluations", "Development", "Notifications", "Privacy" })
            sections[module].ShouldBeGreaterThan(0, $"the export holds nothing from {module}");

        var pdf = await leader.GetAsync("/api/personal-data/mine/pdf?culture=nn");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync()).Take(4).ShouldBe("%PDF"u8.ToArray());

        // The regional coordinator of Trøndelag exports the person (NAV Malvik) on request: no private text, and the read is logged.
        var coordinator = await factory.ClientForAsync("regionkoordinator");
        var theirs = await coordinator.GetAsync($"/api/personal-data/people/{subject.PersonId}").Expect();
        theirs.GetRawText().ShouldContain(subject.EmployeeNumber);
        theirs.GetRawText().ShouldNotContain(Reflection);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        (await db.Set<AuditEntry>().AnyAsync(e => e.Kind == AuditKind.PersonalDataRead && e.SubjectPersonId == subject.PersonId)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_person_outside_the_scope_is_not_found_and_nothing_is_written()
    {
        var outside = (await TestPeople.CreateAsync(factory, "NAV Grünerløkka", "OfficeLeader", withUsers: true))[0];
        var coordinator = await factory.ClientForAsync("regionkoordinator");
        (await coordinator.GetAsync($"/api/personal-data/people/{outside.PersonId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/api/personal-data/people/{outside.PersonId}/pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var before = await RowCountsAsync();
        // Erasure is the system admin's alone; for anyone else the person is not theirs to erase.
        (await coordinator.PostAsJsonAsync($"/api/personal-data/people/{outside.PersonId}/erasure", new { confirmation = "x" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        var admin = await factory.ClientForAsync("sysadmin");
        (await admin.PostAsJsonAsync($"/api/personal-data/people/{Guid.NewGuid()}/erasure", new { confirmation = "x" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_erasure_needs_the_typed_employee_number_and_nobody_erases_themselves()
    {
        var subject = (await TestPeople.CreateAsync(factory, "NAV Værnes", "OfficeLeader", withUsers: true))[0];
        var admin = await factory.ClientForAsync("sysadmin");
        var before = await RowCountsAsync();
        var wrong = await admin.PostAsJsonAsync($"/api/personal-data/people/{subject.PersonId}/erasure", new { confirmation = "feil" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("ansattnummeret");

        Guid adminPersonId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            var adminUser = await db.Users.SingleAsync(u => u.UserName == "sysadmin");
            adminPersonId = (await db.People.SingleAsync(p => p.UserId == adminUser.Id)).Id;
        }
        var plan = await admin.GetAsync($"/api/personal-data/people/{adminPersonId}/erasure").Expect();
        plan.GetProperty("refusal").GetString().ShouldBe(NavLederprogramErrorCodes.ErasureOfSelf);
        var employeeNumber = plan.GetProperty("employeeNumber").GetString();
        var self = await factory.ClientForAsync("sysadmin", "en");
        var refused = await self.PostAsJsonAsync($"/api/personal-data/people/{adminPersonId}/erasure", new { confirmation = employeeNumber });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("cannot erase your own");
        (await RowCountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_processing_overview_lists_every_kind_with_its_basis_and_retention()
    {
        var leader = await factory.ClientForAsync("leder");
        var overview = await leader.GetAsync("/api/personal-data/processing").Expect();
        var kinds = overview.GetProperty("kinds").EnumerateArray().ToList();
        kinds.Single(k => k.GetProperty("kind").GetString() == "ProgrammeCertificates").GetProperty("retentionYears").GetInt32().ShouldBe(10);
        kinds.Single(k => k.GetProperty("kind").GetString() == "CompetenceEvidence").GetProperty("retentionYears").GetInt32().ShouldBe(5);
        kinds.Single(k => k.GetProperty("kind").GetString() == "PrivateNotes").GetProperty("retentionYears").GetInt32().ShouldBe(0);
        kinds.Select(k => k.GetProperty("module").GetString()).Distinct().Count().ShouldBe(10);
    }

    /// <summary>A leader in NAV Malvik (Trøndelag) with a user, an external login and rows in every module that stores personal data.</summary>
    private async Task<Subject> SubjectWithDataEverywhereAsync()
    {
        var group = await SupervisionTestData.GroupAsync(factory, "Personvern");
        var made = group.Members[0];
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NavLederprogramDbContext>();
        var protector = sp.GetRequiredService<IPrivateTextProtector>();
        var person = await db.People.SingleAsync(p => p.Id == made.PersonId);
        var user = await db.Users.SingleAsync(u => u.Id == person.UserId);
        var now = DateTime.UtcNow;
        var id = person.Id;

        // Identity: a login through the organisation's provider.
        (await sp.GetRequiredService<UserManager<AppUser>>().AddLoginAsync(user, new UserLoginInfo("entra", $"sub-{id:N}", "Entra ID"))).Succeeded.ShouldBeTrue();

        // Programmes: an enrolment completed with a certificate, and a reflection.
        var cohort = await db.Set<Cohort>().OrderBy(c => c.StartsOn).FirstAsync();
        var version = await db.Set<ProgrammeVersion>().SingleAsync(v => v.Id == cohort.ProgrammeVersionId);
        var enrolment = new Enrolment(Guid.CreateVersion7(), cohort.Id, id, EnrolmentSource.Nomination, new Actor(Guid.NewGuid(), "Koordinator"), now);
        db.Add(enrolment);
        db.Add(new ReflectionNote(Guid.CreateVersion7(), id, enrolment.Id, Guid.NewGuid(), Guid.NewGuid(), await protector.ProtectAsync(id, Reflection, default)));
        // Competence: evidence with an upload.
        var area = await db.Set<CompetenceArea>().FirstAsync();
        var evidence = CompetenceEvidence.Record(Guid.CreateVersion7(), id, area.Id, 2, EvidenceSource.ManagerAssessment, null, $"Vurdering av {person.FullName}",
            DateOnly.FromDateTime(now), null);
        db.Add(evidence);
        db.Add(new EvidenceDocument(evidence.Id, $"{person.LastName}-kursbevis.pdf", "application/pdf", "%PDF-1.4"u8.ToArray()));
        // ELearning: a completed course with its certificate.
        var courseVersion = await db.Set<CourseVersion>().FirstAsync(v => v.Status == CourseVersionStatus.Published);
        var course = new CourseEnrolment(Guid.CreateVersion7(), id, courseVersion, CourseEnrolmentSource.Self, null);
        db.Add(course);
        // PeerSupervision (membership from the group): a reflection.
        db.Add(new SupervisionReflection(Guid.CreateVersion7(), id, group.Id, null, await protector.ProtectAsync(id, "Refleksjon etter veiledning.", default)));
        // Development: a plan with a private note.
        var plan = new DevelopmentPlan(Guid.CreateVersion7(), id, cohort.Id, person.OfficeId, null);
        db.Add(plan);
        db.Add(new PrivateNote(Guid.CreateVersion7(), id, plan.Id, await protector.ProtectAsync(id, "Et privat notat.", default)));
        // Notifications: one with its e-mail, and an e-mail to someone else that names the person.
        var notification = new Notification(Guid.CreateVersion7(), id, user.Id, new NotificationMessage(NotificationKind.Enrolment, "Notification:Test", [person.FullName]), now);
        db.Add(notification);
        db.Add(new NotificationEmail(Guid.CreateVersion7(), notification.Id, person.Email, "nb",
            new RenderedNotification($"Hei {person.FullName}", $"Hei {person.FullName}", $"<p>Hei {person.FullName}</p>", null), now));
        var other = new Notification(Guid.CreateVersion7(), null, (await db.Users.SingleAsync(u => u.UserName == "regionkoordinator")).Id,
            new NotificationMessage(NotificationKind.Enrolment, "Notification:Test", []), now);
        db.Add(other);
        db.Add(new NotificationEmail(Guid.CreateVersion7(), other.Id, "koordinator@test.navlederprogram.no", "nb",
            new RenderedNotification("Ny påmelding", $"{person.FullName} ba om plass.", $"<p>{person.FullName} ba om plass.</p>", null), now));
        await db.SaveChangesAsync();

        // What only completion sets: the programme and the course completed, so that certificates can be issued.
        var today = DateOnly.FromDateTime(now);
        await db.Set<Enrolment>().Where(e => e.Id == enrolment.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.CompletedOn, today));
        await db.Set<CourseEnrolment>().Where(e => e.Id == course.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.CompletedAt, now));
        await db.Entry(enrolment).ReloadAsync();
        await db.Entry(course).ReloadAsync();
        db.Add(new Certificate(Guid.CreateVersion7(), enrolment, person.FullName, version, cohort, $"P{id:N}"[..12]));
        db.Add(new CourseCertificate(Guid.CreateVersion7(), course, courseVersion, person.FullName, today, $"C{id:N}"[..12]));
        await db.SaveChangesAsync();

        // Evaluations: an evaluation answered (who answered is stored apart from the answers).
        var evaluationId = await db.Set<Evaluation>().IgnoreQueryFilters().Select(e => e.Id).FirstAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"""INSERT INTO "EvRespondents" ("EvaluationId", "PersonId") VALUES ({evaluationId}, {id})""");
        // Development: a 360° round, written as the service does.
        var ratings = new[] { new FeedbackSelfRating(area.Id, 3) };
        var invitees = group.Members.Skip(1).Append(group.Invited).Append(group.Outsider).Append(group.Supervisor).Select(m => m.PersonId).ToList();
        var round = FeedbackRound.Start(Guid.CreateVersion7(), id, "Min 360", now, now.AddDays(14), 3, ratings, invitees, now);
        await sp.GetRequiredService<IFeedbackRoundRepository>().InsertAsync(round);
        db.Add(new Notification(Guid.CreateVersion7(), group.Supervisor.PersonId, null,
            new NotificationMessage(NotificationKind.Reminder, "Development.FeedbackInvitation", [person.FullName, round.Round.Title]), now));
        await db.SaveChangesAsync();

        // Audit: a change about the person, its before-value naming them.
        await sp.GetRequiredService<IAuditTrail>().RecordAsync(new AuditRecord(AuditKind.Change, "Person.Updated", id, user.Id, $"Person:{id}",
            Before: $$"""{"lastName":"{{person.LastName}}"}""", After: """{"lastName":"Ny"}"""), default);
        return new Subject(id, user.Id, user.UserName!, person.LastName, person.Email, person.EmployeeNumber, person.FullName);
    }

    /// <summary>Every table of the database (in the model or not) and every text column, searched for the person's name, e-mail and employee number.</summary>
    private async Task<List<string>> SearchAsync(Subject subject)
    {
        // The full name: the people made with the subject share their last name.
        var needles = new[] { subject.FullName, subject.Email, subject.EmployeeNumber };
        var found = new List<string>();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var (table, column) in await TextColumnsAsync(connection, db.Database.IsNpgsql()))
                foreach (var needle in needles)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"""SELECT COUNT(*) FROM "{table}" WHERE LOWER(CAST("{column}" AS TEXT)) LIKE @needle""";
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@needle";
                    parameter.Value = $"%{needle.ToLowerInvariant()}%";
                    command.Parameters.Add(parameter);
                    if (Convert.ToInt64(await command.ExecuteScalarAsync()) > 0) found.Add($"{table}.{column}: {needle}");
                }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return found;
    }

    private static async Task<List<(string Table, string Column)>> TextColumnsAsync(DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? """
              SELECT table_name, column_name FROM information_schema.columns
              WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
              """
            : """
              SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
              WHERE m.type = 'table' AND (p.type = '' OR UPPER(p.type) LIKE '%TEXT%' OR UPPER(p.type) LIKE '%CHAR%')
              """;
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        columns.Count.ShouldBeGreaterThan(100);
        return columns;
    }

    private async Task<Dictionary<string, long>> RowCountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in (await TextColumnsAsync(connection, db.Database.IsNpgsql())).Select(c => c.Table).Distinct())
            {
                // What other tests and the host's own jobs write meanwhile is not the dry run's doing.
                if (table is "CacheChanges" or "SchedJobRuns" || table.StartsWith("QRTZ", StringComparison.OrdinalIgnoreCase)
                    || table.StartsWith("OpenIddict", StringComparison.Ordinal) || table.StartsWith("Audit", StringComparison.Ordinal)) continue;
                await using var command = connection.CreateCommand();
                command.CommandText = $"""SELECT COUNT(*) FROM "{table}" """;
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return counts;
    }
}
