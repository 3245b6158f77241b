using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.Evaluations;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>
/// The review of free-text answers: the reviewer reads every text, in order of the text and with nothing that tells who wrote it,
/// approves or redacts it; a redaction replaces the text for good; nobody without the review permission reaches it.
/// </summary>
[Collection(HostCollection.Name)]
public class EvaluationReviewApiTests(NavLederprogramFactory factory)
{
    private sealed record Answered(PulseTestData.Gathering Gathering, Guid EvaluationId);

    private static readonly string[] Texts = ["Kari Nordmann snakket for lenge", "Bra samling", "Åpen og god tone"];

    private async Task<Answered> AnsweredAsync()
    {
        var gathering = await PulseTestData.GatheringAsync(factory, DateTime.UtcNow.AddDays(-2), participants: 4);
        var now = DateTime.UtcNow;
        var evaluationId = await PulseTestData.EvaluationAsync(factory, gathering, now.AddDays(-1), now.AddDays(6));
        for (var i = 0; i < Texts.Length; i++) await PulseTestData.AnswerAsync(factory, evaluationId, gathering.Participants[i].PersonId, Texts[i]);
        // One answers the scales and writes nothing.
        await PulseTestData.AnswerAsync(factory, evaluationId, gathering.Participants[3].PersonId, null);
        return new Answered(gathering, evaluationId);
    }

    private async Task<List<EvaluationAnswer>> StoredFreeTextsAsync(Guid evaluationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return (await db.Set<EvaluationResponse>().AsNoTracking().Where(r => r.EvaluationId == evaluationId).ToListAsync())
            .SelectMany(r => r.Answers).Where(a => a.Text != null).ToList();
    }

    private static JsonElement AnswerWith(JsonElement review, string text) =>
        review.GetProperty("answers").EnumerateArray().Single(a => a.GetProperty("text").GetString() == text);

    [Fact]
    public async Task The_reviewer_reads_every_free_text_in_order_of_the_text_and_never_anything_that_tells_who_wrote_it()
    {
        var answered = await AnsweredAsync();
        var reviewer = await factory.ClientForAsync("ksadmin");

        var listed = (await reviewer.GetAsync("/api/evaluations/review").Expect()).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == answered.EvaluationId);
        (listed.GetProperty("pending").GetInt32(), listed.GetProperty("reviewed").GetInt32()).ShouldBe((3, 0));

        var response = await reviewer.GetAsync($"/api/evaluations/review/{answered.EvaluationId}");
        var raw = await response.Content.ReadAsStringAsync();
        var review = await response.Expect();
        // Three texts, though fewer than the threshold answered: the reviewer sees them all, sorted by text, not by arrival.
        review.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ShouldBe(Texts.Order(StringComparer.Ordinal));
        review.GetProperty("answers").EnumerateArray().ShouldAllBe(a => a.GetProperty("review").GetString() == "Pending"
            && a.GetProperty("question").GetString() == "Vil du si noe mer om møtet?");

        // Nothing in what the reviewer gets names a respondent, their user or their response.
        var responseIds = (await StoredResponseIdsAsync(answered.EvaluationId)).Select(id => id.ToString()).ToList();
        responseIds.Count.ShouldBe(4);
        var people = answered.Gathering.Participants.SelectMany(p => new[] { p.PersonId.ToString(), p.LastName, p.UserName! }).ToList();
        people.Concat(responseIds).ShouldAllBe(s => !raw.Contains(s, StringComparison.OrdinalIgnoreCase));
        var keys = review.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("key").GetGuid()).ToList();
        keys.Distinct().Count().ShouldBe(3);
        keys.ShouldAllBe(k => !responseIds.Contains(k.ToString()));
    }

    private async Task<List<Guid>> StoredResponseIdsAsync(Guid evaluationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
        return await db.Set<EvaluationResponse>().AsNoTracking().Where(r => r.EvaluationId == evaluationId).Select(r => r.Id).ToListAsync();
    }

    [Fact]
    public async Task A_redaction_replaces_the_text_for_everyone_and_leaves_the_original_nowhere()
    {
        var answered = await AnsweredAsync();
        var reviewer = await factory.ClientForAsync("diradmin");
        var path = $"/api/evaluations/review/{answered.EvaluationId}";
        var review = await reviewer.GetAsync(path).Expect();
        var named = AnswerWith(review, "Kari Nordmann snakket for lenge").GetProperty("key").GetGuid();
        var plain = AnswerWith(review, "Bra samling").GetProperty("key").GetGuid();

        // An empty or too long redaction is refused and changes nothing.
        foreach (var text in new[] { "   ", new string('x', EvaluationConsts.TextMax + 1) })
            (await (await reviewer.PostAsJsonAsync($"{path}/answers/{named}/redact", new { text })).Expect(HttpStatusCode.BadRequest))
                .FieldErrors().ShouldBe(["text"]);
        (await StoredFreeTextsAsync(answered.EvaluationId)).ShouldContain(a => a.Text == "Kari Nordmann snakket for lenge" && a.Review == FreeTextReview.Pending);

        var redacted = await reviewer.PostAsJsonAsync($"{path}/answers/{named}/redact", new { text = "[navn] snakket for lenge" }).Expect();
        (redacted.GetProperty("text").GetString(), redacted.GetProperty("review").GetString()).ShouldBe(("[navn] snakket for lenge", "Redacted"));
        redacted.GetProperty("key").GetGuid().ShouldBe(named);
        (await (await reviewer.PostAsync($"{path}/answers/{plain}/approve", null)).Expect()).GetProperty("review").GetString().ShouldBe("Approved");

        // The original is in no column of any answer row, and what results read is the approved and the redacted text only.
        var stored = await StoredFreeTextsAsync(answered.EvaluationId);
        stored.ShouldAllBe(a => !(a.Text ?? "").Contains("Kari") && !(a.ReviewedText ?? "").Contains("Kari"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var released = await scope.ServiceProvider.GetRequiredService<IEvaluationAnswerRepository>().GetReleasedTextsAsync([answered.EvaluationId]);
            released[answered.EvaluationId].Select(t => t.Text).ShouldBe(["Bra samling", "[navn] snakket for lenge"], ignoreOrder: true);
        }

        var listed = (await reviewer.GetAsync("/api/evaluations/review").Expect()).EnumerateArray()
            .Single(e => e.GetProperty("id").GetGuid() == answered.EvaluationId);
        (listed.GetProperty("pending").GetInt32(), listed.GetProperty("reviewed").GetInt32()).ShouldBe((1, 2));
        AnswerWith(await reviewer.GetAsync(path).Expect(), "[navn] snakket for lenge").GetProperty("review").GetString().ShouldBe("Redacted");
    }

    [Fact]
    public async Task Only_those_who_review_reach_the_free_texts_and_an_unknown_evaluation_or_answer_does_not_exist()
    {
        var answered = await AnsweredAsync();
        var path = $"/api/evaluations/review/{answered.EvaluationId}";
        var key = (await (await factory.ClientForAsync("sysadmin")).GetAsync(path).Expect()).GetProperty("answers")[0].GetProperty("key").GetGuid();

        // A participant, a facilitator and a coordinator (who manages evaluations in scope but does not review) are refused.
        foreach (var userName in new[] { answered.Gathering.Participants[0].UserName!, "fasilitator", "regionkoordinator", "kollegaveileder" })
        {
            var client = await factory.ClientForAsync(userName);
            (await client.GetAsync("/api/evaluations/review")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, userName);
            (await client.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, userName);
            (await client.PostAsync($"{path}/answers/{key}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, userName);
        }
        (await StoredFreeTextsAsync(answered.EvaluationId)).ShouldAllBe(a => a.Review == FreeTextReview.Pending);

        var reviewer = await factory.ClientForAsync("ksadmin");
        (await reviewer.GetAsync($"/api/evaluations/review/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.PostAsync($"{path}/answers/{Guid.NewGuid()}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reviewer.PostAsync($"/api/evaluations/review/{Guid.NewGuid()}/answers/{key}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_national_admin_switches_pulses_off_and_on_and_picks_a_short_set_and_a_coordinator_cannot()
    {
        var admin = await factory.ClientForAsync("ksadmin", "en");
        var settings = await admin.GetAsync("/api/evaluations/pulse-settings").Expect();
        settings.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var seeded = settings.GetProperty("questionSets").EnumerateArray().Single(s => s.GetProperty("isSeededPulse").GetBoolean());
        seeded.GetProperty("name").GetString().ShouldBe("Pulse after the meeting");
        seeded.GetProperty("questions").GetInt32().ShouldBe(EvaluationConsts.PulseQuestions);

        var coordinator = await factory.ClientForAsync("regionkoordinator");
        (await coordinator.PutAsJsonAsync("/api/evaluations/pulse-settings", new { enabled = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await factory.ClientForAsync("fasilitator")).GetAsync("/api/evaluations/pulse-settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A long set, an unknown set and a missing switch are refused.
        var longSet = await LongSetAsync();
        (await (await admin.PutAsJsonAsync("/api/evaluations/pulse-settings", new { enabled = true, questionSetId = longSet })).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["questionSetId"]);
        (await (await admin.PutAsJsonAsync("/api/evaluations/pulse-settings", new { enabled = true, questionSetId = Guid.NewGuid() })).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["questionSetId"]);
        (await (await admin.PutAsJsonAsync("/api/evaluations/pulse-settings", new { questionSetId = (Guid?)null })).Expect(HttpStatusCode.BadRequest))
            .FieldErrors().ShouldBe(["enabled"]);

        try
        {
            (await admin.PutAsJsonAsync("/api/evaluations/pulse-settings", new { enabled = false }).Expect()).GetProperty("enabled").GetBoolean().ShouldBeFalse();
            var gathering = await PulseTestData.GatheringAsync(factory, DateTime.UtcNow.AddHours(-4));
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var now = DateTime.UtcNow;
                (await scope.ServiceProvider.GetRequiredService<EvaluationPulses>().OpenForEndedAsync(now.AddDays(-1), now, default)).ShouldBe(0);
                var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
                (await db.Set<Evaluation>().AnyAsync(e => e.TargetId == gathering.SessionId)).ShouldBeFalse();
            }
        }
        finally
        {
            (await admin.PutAsJsonAsync("/api/evaluations/pulse-settings", new { enabled = true }).Expect()).GetProperty("enabled").GetBoolean().ShouldBeTrue();
        }
    }

    private async Task<Guid> LongSetAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var set = new QuestionSet(Guid.CreateVersion7(), new Localization.TranslatedText($"Langt skjema {Guid.NewGuid():N}"[..24]), 5,
            [.. Enumerable.Range(1, 4).Select(i => new QuestionDraft(null, EvaluationQuestionKind.Likert, new Localization.TranslatedText($"Spørsmål {i}"), []))],
            null);
        await sp.GetRequiredService<IQuestionSetRepository>().InsertAsync(set);
        await sp.GetRequiredService<Data.IUnitOfWork>().SaveChangesAsync();
        return set.Id;
    }
}
