using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Competence;
using NavLederprogram.Development;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Notifications;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

[Collection(HostCollection.Name)]
public class LeadershipFeedbackApiTests(NavLederprogramFactory factory)
{
    private const string Office = "NAV Værnes";

    private sealed record Setup(HttpClient Leader, Guid LeaderPersonId, IReadOnlyList<TestPeople.Made> Colleagues, Guid AreaA, Guid AreaB);

    /// <summary>A leader of the test's own with colleagues in the same office, and two areas of the catalogue.</summary>
    private async Task<Setup> SetupAsync(int colleagues = 6)
    {
        var leader = (await TestPeople.CreateAsync(factory, Office, "TeamLeader", 1, withUsers: true))[0];
        var people = await TestPeople.CreateAsync(factory, Office, "TeamLeader", colleagues);
        var client = await factory.ClientForAsync(leader.UserName!);
        var areas = (await client.GetAsync("/api/development/feedback/options").Expect()).GetProperty("areas").EnumerateArray()
            .Select(a => a.GetProperty("id").GetGuid()).ToList();
        return new Setup(client, leader.PersonId, people, areas[0], areas[1]);
    }

    private static object NewRound(Setup s, IEnumerable<Guid> invitees, DateTime? opensAt = null, int? minimumAnswers = null) => new
    {
        title = "Min ledelse " + Guid.NewGuid().ToString("N")[..6],
        opensAt = (opensAt ?? DateTime.UtcNow.AddMinutes(-5)).ToString("O"),
        closesAt = (opensAt ?? DateTime.UtcNow).AddDays(14).ToString("O"),
        minimumAnswers,
        selfRatings = new[] { new { areaId = s.AreaA, rating = 4 }, new { areaId = s.AreaB, rating = 2 } },
        inviteePersonIds = invitees.ToArray(),
    };

    private async Task<T> InDbAsync<T>(Func<NavLederprogramDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>());
    }

    /// <summary>The token of each invitee's link, as the invitation carries it (the database keeps only its hash).</summary>
    private Task<Dictionary<Guid, string>> TokensAsync(Guid roundId) => InDbAsync(async db =>
        (await db.Set<Notification>().AsNoTracking()
            .Where(n => n.TemplateKey == "Development.FeedbackInvitation" && n.DeduplicationKey == $"feedback:{roundId}:invitation").ToListAsync())
        .ToDictionary(n => n.PersonId!.Value, n => n.Link!["/feedback/answer/".Length..]));

    private static object Answer(Setup s, int? a, int? b, string? comment = null) =>
        new { ratings = new[] { new { areaId = s.AreaA, rating = a }, new { areaId = s.AreaB, rating = b } }, comment };

    [Fact]
    public async Task A_round_with_fewer_than_five_invitees_is_refused_on_the_field_and_nothing_is_written()
    {
        var s = await SetupAsync();
        var before = await InDbAsync(db => db.Set<FeedbackRound>().CountAsync());
        var problem = await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Take(4).Select(c => c.PersonId)))
            .Expect(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("inviteePersonIds")[0].GetString().ShouldBe("Inviter minst 5 kolleger, så svarene ikke kan spores til én person.");
        (await InDbAsync(db => db.Set<FeedbackRound>().CountAsync())).ShouldBe(before);
        (await InDbAsync(db => db.Set<FeedbackInvitee>().CountAsync(i => s.Colleagues.Select(c => c.PersonId).Contains(i.PersonId)))).ShouldBe(0);

        (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, [.. s.Colleagues.Take(5).Select(c => c.PersonId), s.LeaderPersonId])))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, [.. s.Colleagues.Take(5).Select(c => c.PersonId), s.Colleagues[0].PersonId])))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Take(5).Select(c => c.PersonId), minimumAnswers: 2))
            .Expect(HttpStatusCode.BadRequest);
        (await InDbAsync(db => db.Set<FeedbackRound>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Each_colleague_answers_once_by_their_link_and_the_leader_sees_only_how_many_answered()
    {
        var s = await SetupAsync();
        var round = await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created);
        var id = round.GetProperty("round").GetProperty("id").GetGuid();
        var tokens = await TokensAsync(id);
        tokens.Count.ShouldBe(6);
        (await InDbAsync(db => db.Set<FeedbackInvitee>().Where(i => i.RoundId == id).Select(i => i.TokenHash).ToListAsync()))
            .ShouldBe(tokens.Values.Select(FeedbackToken.Hash), ignoreOrder: true);

        var anonymous = factory.CreateClient();
        var questionnaire = await anonymous.GetAsync($"/api/feedback/answer/{tokens[s.Colleagues[0].PersonId]}").Expect();
        questionnaire.GetProperty("isOpen").GetBoolean().ShouldBeTrue();
        questionnaire.GetProperty("areas").GetArrayLength().ShouldBe(2);

        await anonymous.PostAsJsonAsync($"/api/feedback/answer/{tokens[s.Colleagues[0].PersonId]}", Answer(s, 4, 3, "Tydelig")).Expect(HttpStatusCode.NoContent);
        var again = await anonymous.PostAsJsonAsync($"/api/feedback/answer/{tokens[s.Colleagues[0].PersonId]}", Answer(s, 1, 1)).Expect(HttpStatusCode.Conflict);
        again.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.FeedbackAlreadyAnswered);
        (await InDbAsync(db => db.Set<FeedbackResponse>().CountAsync(r => r.RoundId == id))).ShouldBe(1);
        (await anonymous.GetAsync("/api/feedback/answer/" + new string('A', 43))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync("/api/feedback/answer/not-a-token")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var seen = await s.Leader.GetAsync($"/api/development/feedback/rounds/{id}").Expect();
        seen.GetProperty("round").GetProperty("answered").GetInt32().ShouldBe(1);
        seen.GetProperty("round").GetProperty("invited").GetInt32().ShouldBe(6);
        seen.GetProperty("isResultShown").GetBoolean().ShouldBeFalse();
        seen.GetRawText().ShouldNotContain(s.Colleagues[0].PersonId.ToString());

        var other = await SetupAsync();
        (await other.Leader.GetAsync($"/api/development/feedback/rounds/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_invitation_reaches_the_colleague_by_e_mail_with_the_personal_link()
    {
        var s = await SetupAsync(5);
        var round = await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created);
        var id = round.GetProperty("round").GetProperty("id").GetGuid();
        var token = (await TokensAsync(id))[s.Colleagues[0].PersonId];
        var address = await InDbAsync(db => db.People.Where(p => p.Id == s.Colleagues[0].PersonId).Select(p => p.Email).SingleAsync());
        var text = await ReceivedMailTextAsync(address, token);
        text.ShouldContain("ber deg vurdere lederskapet sitt");
        text.ShouldContain($"/feedback/answer/{token}");
    }

    [Fact]
    public async Task An_answer_outside_the_window_is_refused_and_nothing_is_written()
    {
        var s = await SetupAsync(5);
        var later = await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds",
            NewRound(s, s.Colleagues.Select(c => c.PersonId), opensAt: DateTime.UtcNow.AddDays(2))).Expect(HttpStatusCode.Created);
        var laterId = later.GetProperty("round").GetProperty("id").GetGuid();
        var anonymous = factory.CreateClient();
        var early = await anonymous.PostAsJsonAsync($"/api/feedback/answer/{(await TokensAsync(laterId)).Values.First()}", Answer(s, 3, 3))
            .Expect(HttpStatusCode.Conflict);
        early.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.FeedbackRoundNotOpen);

        var open = await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created);
        var openId = open.GetProperty("round").GetProperty("id").GetGuid();
        await s.Leader.PostAsync($"/api/development/feedback/rounds/{openId}/close", null).Expect();
        await anonymous.PostAsJsonAsync($"/api/feedback/answer/{(await TokensAsync(openId)).Values.First()}", Answer(s, 3, 3))
            .Expect(HttpStatusCode.Conflict);

        (await InDbAsync(db => db.Set<FeedbackResponse>().CountAsync(r => r.RoundId == laterId || r.RoundId == openId))).ShouldBe(0);
        (await InDbAsync(db => db.Set<FeedbackInvitee>().CountAsync(i => (i.RoundId == laterId || i.RoundId == openId) && i.Answered))).ShouldBe(0);
    }

    [Fact]
    public async Task The_result_shows_after_closing_only_at_the_threshold_and_per_area_only_where_enough_could_judge()
    {
        var s = await SetupAsync();
        var anonymous = factory.CreateClient();

        // Four of six answer: below five, closing the round shows nothing of theirs.
        var few = (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created)).GetProperty("round").GetProperty("id").GetGuid();
        foreach (var token in (await TokensAsync(few)).Values.Take(4))
            await anonymous.PostAsJsonAsync($"/api/feedback/answer/{token}", Answer(s, 5, 5, "Hemmelig kommentar")).Expect(HttpStatusCode.NoContent);
        var hidden = await s.Leader.PostAsync($"/api/development/feedback/rounds/{few}/close", null).Expect();
        hidden.GetProperty("isResultShown").GetBoolean().ShouldBeFalse();
        hidden.GetProperty("comments").GetArrayLength().ShouldBe(0);
        hidden.GetProperty("areas").EnumerateArray().ShouldAllBe(a => a.GetProperty("othersAverage").ValueKind == JsonValueKind.Null);
        hidden.GetRawText().ShouldNotContain("Hemmelig");

        // Five answer, one of them cannot judge area B: A shows its average, B (four ratings) does not.
        var enough = (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created)).GetProperty("round").GetProperty("id").GetGuid();
        var tokens = (await TokensAsync(enough)).Values.Take(5).ToList();
        int?[] b = [null, 3, 3, 2, 2];
        for (var i = 0; i < 5; i++)
            await anonymous.PostAsJsonAsync($"/api/feedback/answer/{tokens[i]}", Answer(s, 3 + (i % 2), b[i], i == 0 ? "Gir tydelig retning" : null))
                .Expect(HttpStatusCode.NoContent);
        var open = await s.Leader.GetAsync($"/api/development/feedback/rounds/{enough}").Expect();
        open.GetProperty("isResultShown").GetBoolean().ShouldBeFalse("a result that moved with each answer would tell the leader what each said");

        var shown = await s.Leader.PostAsync($"/api/development/feedback/rounds/{enough}/close", null).Expect();
        shown.GetProperty("isResultShown").GetBoolean().ShouldBeTrue();
        var areaA = shown.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetGuid() == s.AreaA);
        areaA.GetProperty("othersAverage").GetDecimal().ShouldBe(3.4m);
        areaA.GetProperty("selfRating").GetInt32().ShouldBe(4);
        var areaB = shown.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetGuid() == s.AreaB);
        areaB.GetProperty("othersAverage").ValueKind.ShouldBe(JsonValueKind.Null);
        shown.GetProperty("comments").EnumerateArray().Select(c => c.GetString()).ShouldBe(["Gir tydelig retning"]);

        // The evidence request: only for a shown area, once, landing as pending manager assessment for the approval flow.
        var refused = await s.Leader.PostAsJsonAsync($"/api/development/feedback/rounds/{enough}/evidence-requests", new { areaId = s.AreaB, level = 2 })
            .Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.FeedbackResultHidden);
        var requested = await s.Leader.PostAsJsonAsync($"/api/development/feedback/rounds/{enough}/evidence-requests", new { areaId = s.AreaA, level = 2 })
            .Expect();
        requested.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetGuid() == s.AreaA)
            .GetProperty("requestedLevel").GetInt32().ShouldBe(2);
        (await s.Leader.PostAsJsonAsync($"/api/development/feedback/rounds/{enough}/evidence-requests", new { areaId = s.AreaA, level = 2 }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var evidence = await InDbAsync(db => db.Set<CompetenceEvidence>().AsNoTracking()
            .Where(e => e.PersonId == s.LeaderPersonId && e.CompetenceAreaId == s.AreaA).ToListAsync());
        var pending = evidence.ShouldHaveSingleItem();
        pending.State.ShouldBe(EvidenceState.Pending);
        pending.Source.ShouldBe(EvidenceSource.ManagerAssessment);
        pending.Level.ShouldBe(2);

        var coordinator = await factory.ClientForAsync("regionkoordinator");
        (await coordinator.GetAsync("/api/competence/evidence/pending?maxResultCount=1000").Expect()).GetProperty("items").EnumerateArray()
            .ShouldContain(p => p.GetProperty("evidence").GetProperty("id").GetGuid() == pending.Id);
    }

    [Fact]
    public async Task No_table_that_mentions_a_round_links_an_answer_to_a_person_a_token_or_a_time()
    {
        var s = await SetupAsync(5);
        var id = (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created)).GetProperty("round").GetProperty("id").GetGuid();
        var anonymous = factory.CreateClient();
        foreach (var token in (await TokensAsync(id)).Values)
            await anonymous.PostAsJsonAsync($"/api/feedback/answer/{token}", Answer(s, 4, null, "Fin")).Expect(HttpStatusCode.NoContent);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var roundTable = db.Model.FindEntityType(typeof(FeedbackRound))!.GetTableName();
        var mentioning = db.Model.GetEntityTypes()
            .Where(t => t.GetForeignKeys().Any(fk => fk.PrincipalEntityType.GetTableName() == roundTable) && t.GetTableName() != roundTable)
            .ToList();
        mentioning.Select(t => t.GetTableName()).ShouldBe(["DevFeedbackInvitees", "DevFeedbackResponses"], ignoreOrder: true);
        foreach (var table in mentioning)
        {
            var columns = table.GetProperties().Select(p => p.GetColumnName()).ToList();
            var holdsAnswers = columns.Contains("Ratings") || columns.Contains("Comment");
            var namesPeople = table.GetForeignKeys().Any(fk => fk.PrincipalEntityType.ClrType.Namespace == "NavLederprogram.Organisation")
                || columns.Any(c => c.Contains("Person", StringComparison.Ordinal) || c.Contains("User", StringComparison.Ordinal));
            (holdsAnswers && namesPeople).ShouldBeFalse($"{table.GetTableName()} holds answers and names people");
            table.GetProperties().ShouldAllBe(p => p.ClrType != typeof(DateTime) && p.ClrType != typeof(DateTime?)
                && p.ClrType != typeof(DateOnly) && p.ClrType != typeof(DateOnly?), $"{table.GetTableName()} holds a time");
            if (holdsAnswers)
            {
                columns.ShouldNotContain("TokenHash");
                table.GetForeignKeys().ShouldAllBe(fk => fk.PrincipalEntityType.GetTableName() == roundTable);
            }
            else
                table.GetForeignKeys().ShouldNotContain(fk => fk.PrincipalEntityType.ClrType == typeof(FeedbackResponse));
        }
        // Nor does what is stored inside the answers: random ids, and ratings of areas only.
        var responses = await db.Set<FeedbackResponse>().AsNoTracking().Where(r => r.RoundId == id).ToListAsync();
        responses.Count.ShouldBe(5);
        responses.ShouldAllBe(r => r.Id.Version == 4);
        var raw = await db.Database.SqlQueryRaw<string>("SELECT \"Ratings\" AS \"Value\" FROM \"DevFeedbackResponses\"").ToListAsync();
        foreach (var person in s.Colleagues) raw.ShouldAllBe(json => !json.Contains(person.PersonId.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Reminders_give_those_who_have_not_answered_a_new_link_once_a_day()
    {
        var s = await SetupAsync(5);
        var id = (await s.Leader.PostAsJsonAsync("/api/development/feedback/rounds", NewRound(s, s.Colleagues.Select(c => c.PersonId)))
            .Expect(HttpStatusCode.Created)).GetProperty("round").GetProperty("id").GetGuid();
        var tokens = await TokensAsync(id);
        var anonymous = factory.CreateClient();
        await anonymous.PostAsJsonAsync($"/api/feedback/answer/{tokens[s.Colleagues[0].PersonId]}", Answer(s, 4, 4)).Expect(HttpStatusCode.NoContent);

        (await s.Leader.PostAsync($"/api/development/feedback/rounds/{id}/reminders", null).Expect()).GetProperty("reminded").GetInt32().ShouldBe(4);
        (await s.Leader.PostAsync($"/api/development/feedback/rounds/{id}/reminders", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await anonymous.GetAsync($"/api/feedback/answer/{tokens[s.Colleagues[1].PersonId]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var reminded = await InDbAsync(db => db.Set<Notification>().AsNoTracking()
            .Where(n => n.TemplateKey == "Development.FeedbackReminder" && n.PersonId == s.Colleagues[1].PersonId).SingleAsync());
        await anonymous.GetAsync(reminded.Link!.Replace("/feedback/answer/", "/api/feedback/answer/")).Expect();
        (await InDbAsync(db => db.Set<Notification>().CountAsync(n => n.TemplateKey == "Development.FeedbackReminder" && n.PersonId == s.Colleagues[0].PersonId)))
            .ShouldBe(0);
    }

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
