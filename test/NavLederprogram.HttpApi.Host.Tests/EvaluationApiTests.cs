using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Evaluations;
using NavLederprogram.Identity;
using NavLederprogram.Programmes;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// Anonymous evaluations end to end over HTTP: building a set, attaching it to this year's national cohort (where the demo
/// leaders leder, leder2…leder6 take part), answering once within the window, and results that stay hidden below the threshold
/// in every view.
/// </summary>
[Collection(HostCollection.Name)]
public class EvaluationApiTests(NavLederprogramFactory factory)
{
    private static readonly string[] Leaders = ["leder", "leder2", "leder3", "leder4", "leder5", "leder6"];

    [Fact]
    public async Task Five_leaders_answer_and_the_results_appear_with_four_they_say_too_few()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var e = await EvaluationAsync(admin);

        for (var i = 0; i < 4; i++) await AnswerAsync(Leaders[i], e, rating: i + 2, text: $"Tekst {i}");
        var hidden = await admin.GetAsync($"/api/evaluations/{e.Id}/results").Expect();
        hidden.GetProperty("answered").GetInt32().ShouldBe(4);
        hidden.GetProperty("hidden").GetBoolean().ShouldBeTrue();
        foreach (var q in hidden.GetProperty("questions").EnumerateArray())
        {
            q.GetProperty("hidden").GetBoolean().ShouldBeTrue();
            q.GetProperty("count").ValueKind.ShouldBe(JsonValueKind.Null);
            q.GetProperty("average").ValueKind.ShouldBe(JsonValueKind.Null);
            q.GetProperty("distribution").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        await AnswerAsync(Leaders[4], e, rating: 5, text: "Tekst 4");
        var shown = await admin.GetAsync($"/api/evaluations/{e.Id}/results").Expect();
        shown.GetProperty("hidden").GetBoolean().ShouldBeFalse();
        var likert = shown.GetProperty("questions")[0];
        likert.GetProperty("count").GetInt32().ShouldBe(5);
        likert.GetProperty("average").GetDecimal().ShouldBe(3.8m);
        likert.GetProperty("distribution").EnumerateArray().Select(v => v.GetInt32()).ShouldBe([0, 1, 1, 1, 2]);
        // Free texts wait for review: none is shown, not even above the threshold.
        shown.GetProperty("questions")[2].GetProperty("texts").GetArrayLength().ShouldBe(0);
        (await shown.ToStringAsync()).ShouldNotContain("Tekst");

        // The cohort's facilitator sees the results too; a peer supervisor who runs nothing here does not.
        (await (await factory.ClientForAsync("fasilitator")).GetAsync($"/api/evaluations/{e.Id}/results").Expect()).GetProperty("answered").GetInt32().ShouldBe(5);
        (await (await factory.ClientForAsync("kollegaveileder")).GetAsync($"/api/evaluations/{e.Id}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The answerer sees that they answered, never what.
        var mine = (await (await factory.ClientForAsync(Leaders[0])).GetAsync("/api/evaluations/mine").Expect()).EnumerateArray()
            .Single(x => x.GetProperty("id").GetGuid() == e.Id);
        mine.GetProperty("answered").GetBoolean().ShouldBeTrue();
        mine.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "title", "targetKind", "closesAt", "answered"]);
    }

    [Fact]
    public async Task A_second_answer_is_a_conflict_and_writes_nothing()
    {
        var e = await EvaluationAsync(await factory.ClientForAsync("ksadmin"));
        await AnswerAsync("leder", e, 4, null);
        var before = await CountsAsync(e.Id);
        var again = await (await factory.ClientForAsync("leder")).PostAsJsonAsync($"/api/evaluations/mine/{e.Id}/answer", Body(e, 1, null));
        (await again.Expect(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EvaluationAlreadyAnswered);
        (await CountsAsync(e.Id)).ShouldBe(before);
        before.ShouldBe((1, 1, 2));
    }

    [Fact]
    public async Task An_answer_before_the_window_opens_or_after_it_closes_is_refused_with_a_clear_text_and_writes_nothing()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var now = DateTime.UtcNow;
        var early = await EvaluationAsync(admin, now.AddDays(1), now.AddDays(5));
        var late = await EvaluationAsync(admin, now.AddDays(-5), now.AddDays(-1));
        var leader = await factory.ClientForAsync("leder", "en");
        var refused = await leader.PostAsJsonAsync($"/api/evaluations/mine/{early.Id}/answer", Body(early, 3, null)).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EvaluationNotOpen);
        refused.GetProperty("detail").GetString().ShouldBe("The evaluation has not opened yet.");
        (await leader.PostAsJsonAsync($"/api/evaluations/mine/{late.Id}/answer", Body(late, 3, null)).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EvaluationClosed);
        (await CountsAsync(early.Id)).ShouldBe((0, 0, 0));
        (await CountsAsync(late.Id)).ShouldBe((0, 0, 0));
        // Neither is among the leader's open evaluations.
        (await leader.GetAsync("/api/evaluations/mine").Expect()).EnumerateArray().Select(x => x.GetProperty("id").GetGuid())
            .ShouldNotContain(id => id == early.Id || id == late.Id);
    }

    [Fact]
    public async Task A_threshold_under_three_is_a_field_error_and_writes_nothing()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var sets = await CountAsync<QuestionSet>();
        var problem = await admin.PostAsJsonAsync("/api/evaluations/question-sets", SetBody(minimumAnswers: 2)).Expect(HttpStatusCode.BadRequest);
        problem.FieldErrors().ShouldBe(["minimumAnswers"]);
        problem.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EvaluationMinimumAnswers);
        (await CountAsync<QuestionSet>()).ShouldBe(sets);
    }

    [Fact]
    public async Task A_person_who_may_not_answer_finds_no_evaluation_and_writes_nothing()
    {
        var e = await EvaluationAsync(await factory.ClientForAsync("ksadmin"));
        var outsider = await factory.ClientForAsync("kollegaveileder");
        (await outsider.GetAsync($"/api/evaluations/mine/{e.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.PostAsJsonAsync($"/api/evaluations/mine/{e.Id}/answer", Body(e, 5, null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await CountsAsync(e.Id)).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task No_table_that_mentions_the_evaluation_links_a_response_to_a_person_or_a_time()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var e = await EvaluationAsync(admin);
        var stampBefore = await EvaluationStampAsync(e.Id);
        foreach (var leader in Leaders.Take(5)) await AnswerAsync(leader, e, 4, "Mer tid til samtaler");
        var answerers = await PeopleAndUsersAsync(Leaders.Take(5));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        // Every table that mentions the evaluation, found from the model: by a column named for it or a key to its table, and the
        // tables that hang off those (the answers of a response).
        var evaluationTable = db.Model.FindEntityType(typeof(Evaluation))!.GetTableName();
        var mentioning = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() != evaluationTable && t.GetTableName() is not null
                && (t.GetProperties().Any(p => p.Name == "EvaluationId") || t.GetForeignKeys().Any(f => f.PrincipalEntityType.GetTableName() == evaluationTable)))
            .ToList();
        var dependents = db.Model.GetEntityTypes().Where(t => t.GetForeignKeys().Any(f => mentioning.Contains(f.PrincipalEntityType))).ToList();
        var tables = mentioning.Concat(dependents).DistinctBy(t => t.GetTableName()).ToList();
        // EvPulses names the gathering or meeting a pulse follows: an occurrence, never a person.
        tables.Select(t => t.GetTableName()).ShouldBe(["EvPulses", "EvRespondents", "EvResponses", "EvAnswers"], ignoreOrder: true);

        foreach (var table in tables)
        {
            var columns = table.GetProperties().Select(p => (Name: p.GetColumnName(), p.ClrType)).ToList();
            // No time of any kind, nor anything audited.
            columns.ShouldNotContain(c => Timelike(c.ClrType), $"{table.GetTableName()} has a time column");
            columns.ShouldNotContain(c => c.Name.Contains("Creat") || c.Name.Contains("Modif") || c.Name.Contains("Time") || c.Name.Contains("User"));
            var rows = await RowsAsync(db, table.GetTableName()!, columns.Select(c => c.Name).ToList());
            if (table.GetTableName() == "EvRespondents")
            {
                // Who answered, and nothing more: no id, order or time that a response could be matched to.
                columns.Select(c => c.Name).ShouldBe(["EvaluationId", "PersonId"], ignoreOrder: true);
                continue;
            }
            // A response and its answers hold no person's or user's id, in any column.
            columns.ShouldNotContain(c => c.Name.Contains("Person"));
            rows.SelectMany(r => r.Values).ShouldNotContain(v => v != null && answerers.Contains(v.ToUpperInvariant()));
        }
        // The responses' ids are random (version 4), not time-ordered.
        var responseIds = await db.Set<EvaluationResponse>().Where(r => r.EvaluationId == e.Id).Select(r => r.Id).ToListAsync();
        responseIds.Count.ShouldBe(5);
        responseIds.ShouldAllBe(id => id.Version == 4);
        // Answering does not stamp the evaluation with the answerer or the time.
        (await EvaluationStampAsync(e.Id)).ShouldBe(stampBefore);
    }

    [Fact]
    public async Task The_threshold_holds_in_the_comparison_across_cohorts_and_a_filter_that_narrows_below_it_hides_the_cell()
    {
        var admin = await factory.ClientForAsync("ksadmin");
        var setId = (await admin.PostAsJsonAsync("/api/evaluations/question-sets", SetBody()).Expect()).GetProperty("id").GetGuid();
        var (running, past) = await CohortsAsync();
        var now = DateTime.UtcNow;
        // This year's cohort twice (three answers each: six in all), last year's once with four.
        var first = await EvaluationAsync(admin, now.AddDays(-20), now.AddDays(10), setId, running.Id);
        var second = await EvaluationAsync(admin, now.AddDays(-2), now.AddDays(10), setId, running.Id);
        var pastEvaluation = await EvaluationAsync(admin, now.AddDays(-3), now.AddDays(10), setId, past.Id);
        foreach (var leader in Leaders.Take(3)) await AnswerAsync(leader, first, 5, null);
        foreach (var leader in Leaders.Skip(3).Take(3)) await AnswerAsync(leader, second, 3, null);
        foreach (var person in past.Participants.Take(4)) await AnswerDirectlyAsync(pastEvaluation.Id, person, 1);

        var all = await admin.GetAsync($"/api/evaluations/comparison?questionSetId={setId}").Expect();
        var columns = all.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("cohortId").GetGuid());
        columns[running.Id].GetProperty("answered").GetInt32().ShouldBe(6);
        columns[running.Id].GetProperty("hidden").GetBoolean().ShouldBeFalse();
        columns[past.Id].GetProperty("answered").GetInt32().ShouldBe(4);
        columns[past.Id].GetProperty("hidden").GetBoolean().ShouldBeTrue();
        var cells = all.GetProperty("rows")[0].GetProperty("cells").EnumerateArray().ToDictionary(c => c.GetProperty("cohortId").GetGuid());
        cells[running.Id].GetProperty("average").GetDecimal().ShouldBe(4m);
        cells[past.Id].GetProperty("hidden").GetBoolean().ShouldBeTrue();
        cells[past.Id].GetProperty("average").ValueKind.ShouldBe(JsonValueKind.Null);
        cells[past.Id].GetProperty("count").ValueKind.ShouldBe(JsonValueKind.Null);

        // From a week ago only the second evaluation of this year's cohort counts: three answers, below five.
        var from = DateOnly.FromDateTime(now.AddDays(-7)).ToString("yyyy-MM-dd");
        var narrowed = await admin.GetAsync($"/api/evaluations/comparison?questionSetId={setId}&from={from}").Expect();
        var narrowedCell = narrowed.GetProperty("rows")[0].GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("cohortId").GetGuid() == running.Id);
        narrowedCell.GetProperty("hidden").GetBoolean().ShouldBeTrue();
        narrowedCell.GetProperty("average").ValueKind.ShouldBe(JsonValueKind.Null);

        // Each evaluation alone is below the threshold too, and the export says so rather than giving a number.
        (await admin.GetAsync($"/api/evaluations/{second.Id}/results").Expect()).GetProperty("hidden").GetBoolean().ShouldBeTrue();
        var csv = await (await admin.GetAsync($"/api/evaluations/comparison/export?questionSetId={setId}&from={from}&format=Csv")).Content.ReadAsStringAsync();
        csv.ShouldContain("For få svar til å vise");
        csv.ShouldNotContain(";3");
    }

    [Fact]
    public async Task Coordinators_manage_evaluations_of_their_own_region_only()
    {
        var coordinator = await factory.ClientForAsync("regionkoordinator");
        var national = await EvaluationAsync(await factory.ClientForAsync("ksadmin"));
        var (running, _) = await CohortsAsync();
        var setId = (await coordinator.PostAsJsonAsync("/api/evaluations/question-sets", SetBody()).Expect()).GetProperty("id").GetGuid();
        var evaluations = await CountAsync<Evaluation>();

        var refused = await coordinator.PostAsJsonAsync("/api/evaluations", new
        {
            questionSetId = setId,
            title = "Utenfor",
            targetKind = "Cohort",
            targetId = running.Id,
            opensAt = DateTime.UtcNow,
            closesAt = DateTime.UtcNow.AddDays(7),
        }).Expect(HttpStatusCode.BadRequest);
        refused.GetProperty("code").GetString().ShouldBe(NavLederprogramErrorCodes.EvaluationTargetOutOfScope);
        (await CountAsync<Evaluation>()).ShouldBe(evaluations);
        (await coordinator.GetAsync($"/api/evaluations/{national.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync($"/api/evaluations/{national.Id}/results")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coordinator.GetAsync("/api/evaluations").Expect()).EnumerateArray().ShouldNotContain(x => x.GetProperty("id").GetGuid() == national.Id);

        // The supervision group in Trøndelag is theirs.
        var group = (await coordinator.GetAsync("/api/evaluations/targets").Expect()).EnumerateArray()
            .First(t => t.GetProperty("kind").GetString() == "SupervisionGroup");
        (await coordinator.GetAsync("/api/evaluations/targets").Expect()).EnumerateArray().ShouldNotContain(t => t.GetProperty("id").GetGuid() == running.Id);
        var own = await coordinator.PostAsJsonAsync("/api/evaluations", new
        {
            questionSetId = setId,
            title = "Veiledning i Trøndelag",
            targetKind = "SupervisionGroup",
            targetId = group.GetProperty("id").GetGuid(),
            opensAt = DateTime.UtcNow,
            closesAt = DateTime.UtcNow.AddDays(7),
        }).Expect();
        (await coordinator.GetAsync($"/api/evaluations/{own.GetProperty("id").GetGuid()}/results").Expect()).GetProperty("eligible").GetInt32().ShouldBeGreaterThan(0);
    }

    private sealed record Made(Guid Id, Guid[] QuestionIds);

    private sealed record CohortPeople(Guid Id, List<Guid> Participants);

    private static object SetBody(int minimumAnswers = 5) => new
    {
        name = new { nb = "Etter samlingen", nn = "Etter samlinga", en = "After the gathering" },
        minimumAnswers,
        questions = new object[]
        {
            new { kind = "Likert", text = new { nb = "Var samlingen nyttig?", nn = "Var samlinga nyttig?", en = "Was the gathering useful?" } },
            new
            {
                kind = "SingleChoice", text = new { nb = "Hva ga mest?" },
                options = new[] { new { nb = "Foredrag" }, new { nb = "Gruppearbeid" } },
            },
            new { kind = "FreeText", text = new { nb = "Hva kan bli bedre?" } },
        },
    };

    private async Task<Made> EvaluationAsync(HttpClient admin, DateTime? opensAt = null, DateTime? closesAt = null, Guid? setId = null, Guid? cohortId = null)
    {
        setId ??= (await admin.PostAsJsonAsync("/api/evaluations/question-sets", SetBody()).Expect()).GetProperty("id").GetGuid();
        cohortId ??= (await CohortsAsync()).Running.Id;
        var evaluation = await admin.PostAsJsonAsync("/api/evaluations", new
        {
            questionSetId = setId,
            title = "Evaluering av kullet",
            targetKind = "Cohort",
            targetId = cohortId,
            opensAt = opensAt ?? DateTime.UtcNow.AddMinutes(-5),
            closesAt = closesAt ?? DateTime.UtcNow.AddDays(7),
        }).Expect();
        var id = evaluation.GetProperty("id").GetGuid();
        var set = await admin.GetAsync($"/api/evaluations/question-sets/{setId}").Expect();
        return new Made(id, set.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("id").GetGuid()).ToArray());
    }

    private static object Body(Made e, int rating, string? text) => new
    {
        answers = new object[] { new { questionId = e.QuestionIds[0], value = rating }, new { questionId = e.QuestionIds[1], value = 1 }, new { questionId = e.QuestionIds[2], text } },
    };

    private async Task AnswerAsync(string userName, Made e, int rating, string? text) =>
        await (await factory.ClientForAsync(userName)).PostAsJsonAsync($"/api/evaluations/mine/{e.Id}/answer", Body(e, rating, text)).Expect(HttpStatusCode.NoContent);

    /// <summary>An answer by a participant who has no user account, through the same domain rule and store the API uses.</summary>
    private async Task AnswerDirectlyAsync(Guid evaluationId, Guid personId, int rating)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var evaluation = (await sp.GetRequiredService<IEvaluationRepository>().FindAsync(evaluationId))!;
        var eligible = await sp.GetRequiredService<EvaluationEligibility>().IsEligibleAsync(evaluation, personId, default);
        var answers = sp.GetRequiredService<IEvaluationAnswerRepository>();
        var submission = evaluation.Answer(personId, eligible, await answers.HasAnsweredAsync(evaluationId, personId), [new(evaluation.Questions[0].Id, rating, null)],
            DateTime.UtcNow);
        await answers.InsertAsync(submission);
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    private async Task<(CohortPeople Running, CohortPeople Past)> CohortsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var national = await db.Set<Cohort>().AsNoTracking().Where(c => c.RegionId == null && (c.Status == CohortStatus.Running || c.Status == CohortStatus.Completed))
            .ToListAsync();
        async Task<CohortPeople> PeopleOf(Cohort c) => new(c.Id, await db.Set<Enrolment>().Where(x => x.CohortId == c.Id
            && (x.Status == EnrolmentStatus.Enrolled || x.Status == EnrolmentStatus.Completed)).Select(x => x.PersonId).ToListAsync());
        return (await PeopleOf(national.First(c => c.Status == CohortStatus.Running)), await PeopleOf(national.First(c => c.Status == CohortStatus.Completed)));
    }

    private async Task<(int Respondents, int Responses, int Answers)> CountsAsync(Guid evaluationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var responses = db.Set<EvaluationResponse>().Where(r => r.EvaluationId == evaluationId);
        return (await db.Set<EvaluationRespondent>().CountAsync(r => r.EvaluationId == evaluationId), await responses.CountAsync(),
            await responses.SelectMany(r => r.Answers).CountAsync());
    }

    private async Task<int> CountAsync<T>() where T : class
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Set<T>().IgnoreQueryFilters().CountAsync();
    }

    private async Task<(DateTime? Modified, Guid? ModifiedBy)> EvaluationStampAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var e = await scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>().Set<Evaluation>().AsNoTracking().SingleAsync(x => x.Id == id);
        return (e.LastModificationTime, e.LastModifierId);
    }

    /// <summary>The person ids and user ids of the users, upper case, as a column value might hold them.</summary>
    private async Task<HashSet<string>> PeopleAndUsersAsync(IEnumerable<string> userNames)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        var names = userNames.ToList();
        var users = await db.Users.Where(u => names.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        var people = await db.People.Where(p => p.UserId != null && users.Contains(p.UserId.Value)).Select(p => p.Id).ToListAsync();
        people.Count.ShouldBe(names.Count);
        return users.Concat(people).Select(id => id.ToString().ToUpperInvariant()).ToHashSet();
    }

    private static async Task<List<Dictionary<string, string?>>> RowsAsync(NavLederprogramDbContext db, string table, List<string> columns)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, string?>>();
        while (await reader.ReadAsync())
            rows.Add(columns.Select((c, i) => (c, v: reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))
                .ToDictionary(x => x.c, x => x.v));
        return rows;
    }

    private static bool Timelike(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly);
    }
}

internal static class JsonElementText
{
    public static Task<string> ToStringAsync(this JsonElement element) => Task.FromResult(element.GetRawText());
}
