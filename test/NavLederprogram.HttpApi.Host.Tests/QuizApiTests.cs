using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Quizzes over HTTP: what a learner receives before and after submitting, and every way an answer is refused.</summary>
[Collection(HostCollection.Name)]
public class QuizApiTests(NavLederprogramFactory factory)
{
    private const string Quizzes = "/api/e-learning/quizzes";

    private static object Text(string nb, string? nn = null, string? en = null) => new { nb, nn, en };

    /// <summary>A quiz with one question of every kind, written through the editor's API; the accepted answers are unusual words, to find them in any JSON.</summary>
    private async Task<JsonElement> QuizAsync(int passMark = 60, int? attemptLimit = null, int? timeLimitMinutes = null, bool publish = true)
    {
        var editor = await factory.ClientForAsync("ksadmin", "nb");
        var courseId = await QuizTestData.CourseIdAsync(factory);
        var quiz = await editor.PostAsJsonAsync(Quizzes, new
        {
            courseId,
            title = Text("Prøve i NAV-loven", "Prøve i NAV-lova", "Quiz on the NAV Act"),
            passMarkPercent = passMark,
            attemptLimit,
            timeLimitMinutes,
            shuffleQuestions = true,
            shuffleOptions = true,
            draws = Array.Empty<object>(),
        }).Expect();
        var id = quiz.GetProperty("id").GetGuid();
        async Task Add(object question) => await editor.PostAsJsonAsync($"{Quizzes}/{id}/questions", question).Expect();
        await Add(new
        {
            kind = "SingleChoice",
            text = Text("Hvem eier NAV-kontoret?"),
            points = 1,
            feedback = Text("Partnerskapet eies av kommunen og staten."),
            options = new[]
            {
                new { text = Text("Kommunen og staten"), isCorrect = true, feedback = (object?)Text("Riktig: partnerskapet.") },
                new { text = Text("Bare staten"), isCorrect = false, feedback = (object?)Text("Kommunen er også med.") },
                new { text = Text("Bare kommunen"), isCorrect = false, feedback = (object?)null },
            },
        });
        await Add(new
        {
            kind = "MultipleChoice",
            text = Text("Hvilke tjenester er kommunale?"),
            points = 2,
            options = new[]
            {
                new { text = Text("Økonomisk sosialhjelp"), isCorrect = true },
                new { text = Text("Kvalifiseringsprogrammet"), isCorrect = true },
                new { text = Text("Dagpenger"), isCorrect = false },
            },
        });
        await Add(new { kind = "TrueFalse", text = Text("Lederen har arbeidsgiveransvar."), points = 1, trueIsCorrect = true });
        await Add(new { kind = "ShortAnswer", text = Text("Hva kalles loven?"), points = 1, acceptedAnswers = new[] { "Zyxwoloven" } });
        var written = await editor.PostAsJsonAsync($"{Quizzes}/{id}/questions", new
        {
            kind = "Matching",
            text = Text("Koble sammen"),
            points = 2,
            pairs = new[]
            {
                new { prompt = Text("Sosialtjenesteloven"), match = Text("Kommunal") },
                new { prompt = Text("Folketrygdloven"), match = Text("Statlig") },
            },
        }).Expect();
        if (publish) await QuizTestData.PublishWithQuizAsync(factory, courseId, id);
        return written;
    }

    private async Task<HttpClient> LearnerAsync() => (await LearnerWithIdAsync()).Client;

    private async Task<(HttpClient Client, Guid PersonId)> LearnerWithIdAsync()
    {
        var made = (await TestPeople.CreateAsync(factory, "NAV Værnes", "TeamLeader", withUsers: true))[0];
        return (await factory.ClientForAsync(made.UserName!, "en"), made.PersonId);
    }

    /// <summary>The right answer to every question, found from the editor's view of the quiz.</summary>
    private static object[] RightAnswers(JsonElement quiz, JsonElement attempt) =>
    [
        .. attempt.GetProperty("questions").EnumerateArray().Select(q =>
        {
            var id = q.GetProperty("id").GetGuid();
            var bank = quiz.GetProperty("questions").EnumerateArray().Single(b => b.GetProperty("id").GetGuid() == id);
            return (object)(q.GetProperty("kind").GetString() switch
            {
                "TrueFalse" => new { questionId = id, optionIds = new[] { q.GetProperty("options")[0].GetProperty("id").GetGuid() } },
                "ShortAnswer" => new { questionId = id, text = "  zyxwoLOVEN " },
                "Matching" => new
                {
                    questionId = id,
                    matches = bank.GetProperty("pairs").EnumerateArray().Select(p => new
                    {
                        promptId = p.GetProperty("id").GetGuid(),
                        choiceId = q.GetProperty("choices").EnumerateArray()
                            .Single(c => c.GetProperty("text").GetProperty("text").GetString() == p.GetProperty("match").GetProperty("nb").GetString())
                            .GetProperty("id").GetGuid(),
                    }).ToArray(),
                },
                _ => new
                {
                    questionId = id,
                    optionIds = bank.GetProperty("options").EnumerateArray().Where(o => o.GetProperty("isCorrect").GetBoolean())
                        .Select(o => o.GetProperty("id").GetGuid()).ToArray(),
                },
            });
        }),
    ];

    [Fact]
    public async Task A_learner_receives_nothing_that_tells_the_right_answers_until_they_submit_and_then_gets_score_and_feedback()
    {
        var quiz = await QuizAsync();
        var learner = await LearnerAsync();
        var started = await learner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null);
        var raw = await started.Content.ReadAsStringAsync();
        started.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
        foreach (var secret in new[] { "isCorrect", "correct", "accepted", "Zyxwoloven", "pairId", "feedback", "Partnerskapet eies", "Riktig" })
            raw.ShouldNotContain(secret, Case.Insensitive);
        var attempt = JsonDocument.Parse(raw).RootElement;
        attempt.GetProperty("result").ValueKind.ShouldBe(JsonValueKind.Null);
        attempt.GetProperty("questions").GetArrayLength().ShouldBe(5);
        var matching = attempt.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "Matching");
        var promptIds = matching.GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("id").GetGuid());
        matching.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldNotContain(id => promptIds.Contains(id));

        var submitted = await learner.PostAsJsonAsync($"{Quizzes}/attempts/{attempt.GetProperty("id")}/submit",
            new { answers = RightAnswers(quiz, attempt) }).Expect();
        submitted.GetProperty("state").GetString().ShouldBe("Submitted");
        var result = submitted.GetProperty("result");
        result.GetProperty("scorePercent").GetDecimal().ShouldBe(100);
        result.GetProperty("passed").GetBoolean().ShouldBeTrue();
        var single = result.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("correctOptionIds").GetArrayLength() == 1
            && q.GetProperty("feedback").ValueKind != JsonValueKind.Null);
        single.GetProperty("feedback").GetProperty("text").GetString().ShouldBe("Partnerskapet eies av kommunen og staten.");
        single.GetProperty("optionFeedback")[0].GetProperty("text").GetProperty("text").GetString().ShouldBe("Riktig: partnerskapet.");
        result.GetProperty("questions").EnumerateArray().ShouldContain(q => q.GetProperty("acceptedAnswers").EnumerateArray().Any(a => a.GetString() == "Zyxwoloven"));
    }

    [Fact]
    public async Task Passing_the_quiz_completes_the_course_whose_rule_is_quiz_passed_and_a_fail_records_only_the_score()
    {
        var quiz = await QuizAsync(passMark: 80);
        var courseId = quiz.GetProperty("courseId").GetGuid();
        var (learner, personId) = await LearnerWithIdAsync();
        var start = $"{Quizzes}/{quiz.GetProperty("id")}/attempts";

        var failing = await learner.PostAsync(start, null).Expect();
        var failed = await learner.PostAsJsonAsync($"{Quizzes}/attempts/{failing.GetProperty("id")}/submit",
            new { answers = RightAnswers(quiz, failing).Take(1) }).Expect();
        failed.GetProperty("result").GetProperty("passed").GetBoolean().ShouldBeFalse();
        var enrolment = (await QuizTestData.EnrolmentAsync(factory, personId, courseId))!;
        enrolment.QuizBestScorePercent.ShouldBe(failed.GetProperty("result").GetProperty("scorePercent").GetDecimal());
        enrolment.QuizPassedAt.ShouldBeNull();
        enrolment.IsCompleted.ShouldBeFalse();

        var passing = await learner.PostAsync(start, null).Expect();
        await learner.PostAsJsonAsync($"{Quizzes}/attempts/{passing.GetProperty("id")}/submit", new { answers = RightAnswers(quiz, passing) }).Expect();
        enrolment = (await QuizTestData.EnrolmentAsync(factory, personId, courseId))!;
        enrolment.QuizBestScorePercent.ShouldBe(100);
        enrolment.QuizPassedAt.ShouldNotBeNull();
        enrolment.IsCompleted.ShouldBeTrue();
        var overview = await learner.GetAsync($"{Quizzes}/{quiz.GetProperty("id")}/overview").Expect();
        overview.GetProperty("passed").GetBoolean().ShouldBeTrue();
        overview.GetProperty("bestScorePercent").GetDecimal().ShouldBe(100);
        overview.GetProperty("attempts").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_quiz_that_is_not_a_lesson_of_a_published_course_cannot_be_taken()
    {
        var quiz = await QuizAsync(publish: false);
        var learner = await LearnerAsync();
        (await learner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizNotAvailable");
    }

    [Fact]
    public async Task An_answer_to_a_question_not_in_the_attempt_is_refused_with_400_and_nothing_is_kept()
    {
        var quiz = await QuizAsync();
        var learner = await LearnerAsync();
        var attempt = await learner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null).Expect();
        var id = attempt.GetProperty("id");
        var own = attempt.GetProperty("questions")[0].GetProperty("id").GetGuid();
        var foreign = Guid.NewGuid();

        var refused = await learner.PutAsJsonAsync($"{Quizzes}/attempts/{id}/answers", new
        {
            answers = new object[] { new { questionId = own, text = "a" }, new { questionId = foreign, optionIds = new[] { Guid.NewGuid() } } },
        }).Expect(HttpStatusCode.BadRequest);
        refused.GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizQuestionNotInAttempt");
        refused.GetProperty("detail").GetString()!.ShouldContain("not part of this attempt");
        (await learner.PostAsJsonAsync($"{Quizzes}/attempts/{id}/submit", new { answers = new[] { new { questionId = foreign, text = "x" } } })
            .Expect(HttpStatusCode.BadRequest)).GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizQuestionNotInAttempt");

        var now = await learner.GetAsync($"{Quizzes}/attempts/{id}").Expect();
        now.GetProperty("answers").GetArrayLength().ShouldBe(0);
        now.GetProperty("state").GetString().ShouldBe("InProgress");
    }

    [Fact]
    public async Task Submitting_twice_even_at_the_same_moment_scores_once_and_returns_the_first_result()
    {
        var quiz = await QuizAsync();
        var learner = await LearnerAsync();
        var attempt = await learner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null).Expect();
        var submit = $"{Quizzes}/attempts/{attempt.GetProperty("id")}/submit";
        var right = RightAnswers(quiz, attempt);

        var both = await Task.WhenAll(
            learner.PostAsJsonAsync(submit, new { answers = right }).Expect(),
            learner.PostAsJsonAsync(submit, new { answers = Array.Empty<object>() }).Expect());
        both[0].GetProperty("result").GetProperty("scorePercent").GetDecimal()
            .ShouldBe(both[1].GetProperty("result").GetProperty("scorePercent").GetDecimal());
        both[0].GetProperty("submittedAt").GetDateTime().ShouldBe(both[1].GetProperty("submittedAt").GetDateTime());

        var again = await learner.PostAsJsonAsync(submit, new { answers = right }).Expect();
        again.GetProperty("result").GetProperty("scorePercent").GetDecimal().ShouldBe(both[0].GetProperty("result").GetProperty("scorePercent").GetDecimal());
        again.GetProperty("submittedAt").GetDateTime().ShouldBe(both[0].GetProperty("submittedAt").GetDateTime());
        (await learner.GetAsync($"{Quizzes}/{quiz.GetProperty("id")}/overview").Expect()).GetProperty("attempts").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task No_attempt_starts_beyond_the_limit_and_an_open_attempt_is_resumed_rather_than_counted_twice()
    {
        var quiz = await QuizAsync(attemptLimit: 1);
        var learner = await LearnerAsync();
        var start = $"{Quizzes}/{quiz.GetProperty("id")}/attempts";
        var first = await learner.PostAsync(start, null).Expect();
        (await learner.PostAsync(start, null).Expect()).GetProperty("id").GetGuid().ShouldBe(first.GetProperty("id").GetGuid());
        await learner.PostAsJsonAsync($"{Quizzes}/attempts/{first.GetProperty("id")}/submit", new { answers = Array.Empty<object>() }).Expect();

        var refused = await learner.PostAsync(start, null).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizAttemptLimitReached");
        var overview = await learner.GetAsync($"{Quizzes}/{quiz.GetProperty("id")}/overview").Expect();
        overview.GetProperty("attemptsLeft").GetInt32().ShouldBe(0);
        overview.GetProperty("passed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Answers_after_the_time_limit_are_refused_and_the_attempt_closes_on_the_answers_saved_in_time()
    {
        var quiz = await QuizAsync(timeLimitMinutes: 1);
        var learner = await LearnerAsync();
        var attempt = await learner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null).Expect();
        var id = attempt.GetProperty("id");
        (attempt.GetProperty("deadline").GetDateTime() - attempt.GetProperty("startedAt").GetDateTime()).ShouldBe(TimeSpan.FromMinutes(1));
        var right = RightAnswers(quiz, attempt);
        await learner.PutAsJsonAsync($"{Quizzes}/attempts/{id}/answers", new { answers = right.Take(2) }).Expect();

        // The same database, two minutes later.
        await using var later = new NavLederprogramFactory(factory.DataFolder, 100_000, factory.ConnectionString)
        {
            RunsScheduledJobs = false,
            UseSmtpSink = false,
            Clock = new ShiftedClock(TimeSpan.FromMinutes(2)),
        };
        var lateLearner = later.CreateClient();
        lateLearner.DefaultRequestHeaders.Authorization = learner.DefaultRequestHeaders.Authorization;
        lateLearner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var refused = await lateLearner.PostAsJsonAsync($"{Quizzes}/attempts/{id}/submit", new { answers = right }).Expect(HttpStatusCode.Conflict);
        refused.GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizTimeUp");
        refused.GetProperty("detail").GetString()!.ShouldContain("time limit");

        var closed = await learner.GetAsync($"{Quizzes}/attempts/{id}").Expect();
        closed.GetProperty("state").GetString().ShouldBe("Expired");
        closed.GetProperty("answers").GetArrayLength().ShouldBe(2);
        closed.GetProperty("result").GetProperty("pointsScored").GetDecimal().ShouldBeLessThan(closed.GetProperty("result").GetProperty("pointsPossible").GetDecimal());
        (await learner.PostAsJsonAsync($"{Quizzes}/attempts/{id}/submit", new { answers = right }).Expect(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("Error:ELearning.QuizTimeUp");
    }

    [Fact]
    public async Task Another_learners_attempt_does_not_exist_for_them()
    {
        var quiz = await QuizAsync();
        var owner = await LearnerAsync();
        var other = await LearnerAsync();
        var attempt = await owner.PostAsync($"{Quizzes}/{quiz.GetProperty("id")}/attempts", null).Expect();
        (await other.GetAsync($"{Quizzes}/attempts/{attempt.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"{Quizzes}/attempts/{attempt.GetProperty("id")}/submit", new { answers = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_question_that_cannot_be_scored_is_refused_with_the_field_to_fix_and_a_learner_cannot_write_quizzes()
    {
        var quiz = await QuizAsync();
        var editor = await factory.ClientForAsync("ksadmin", "nn");
        var refused = await editor.PostAsJsonAsync($"{Quizzes}/{quiz.GetProperty("id")}/questions", new
        {
            kind = "SingleChoice",
            text = Text("Kva er rett?"),
            points = 1,
            options = new[] { new { text = Text("A"), isCorrect = false }, new { text = Text("B"), isCorrect = false } },
        }).Expect(HttpStatusCode.BadRequest);
        refused.GetProperty("code").GetString().ShouldBe("Error:ELearning.QuestionNeedsOneCorrect");
        refused.FieldErrors().ShouldBe(["options"]);
        (await editor.PostAsJsonAsync($"{Quizzes}/{quiz.GetProperty("id")}/questions", new { kind = "ShortAnswer", points = 0 })
            .Expect(HttpStatusCode.BadRequest)).FieldErrors().ShouldBe(["text.nb", "points"], ignoreOrder: true);

        var learner = await LearnerAsync();
        (await learner.GetAsync($"{Quizzes}/{quiz.GetProperty("id")}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await learner.PostAsJsonAsync($"{Quizzes}/{quiz.GetProperty("id")}/questions", new { kind = "TrueFalse", text = Text("x"), points = 1, trueIsCorrect = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
