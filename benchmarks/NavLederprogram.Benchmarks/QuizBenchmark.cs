using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NavLederprogram;
using NavLederprogram.Competence;
using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.EntityFrameworkCore;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.TestBase;

/// <summary>
/// Learners submitting a 20-question quiz at once, through the same application service as the API (server
/// scoring, the idempotent save, the course enrolment and, on a pass, the course's completion and its competence
/// evidence). Usage: Benchmarks quiz sqlite|postgresql [connection string]; BENCH_LEARNERS sets how many (500).
/// </summary>
static class QuizBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = args.FirstOrDefault()?.ToLowerInvariant() == "postgresql" ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        var folder = Directory.CreateTempSubdirectory("navleder-quiz-bench-");
        var connection = provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(folder.FullName, "bench.db")}" : args[1];
        var learners = int.Parse(Environment.GetEnvironmentVariable("BENCH_LEARNERS") ?? "500");

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ICurrentUser>(new TestCurrentUser());
        services.AddNavLederprogramEntityFrameworkCore(o => o.UseNavLederprogramDatabase(provider, connection));
        // The demo seed stores files (the SCORM demo package) as the host does.
        services.AddFileStorage(Path.Combine(folder.FullName, "files"));
        services.AddNavLederprogramIdentityCore();
        services.AddOpenIddict().AddCore(o => o.UseNavLederprogramStores());
        services.AddNavLederprogramApplication();
        services.AddSingleton(KeyEncryptionKey.Ephemeral());
        // Each learner's requests run in their own scope, signed in as them.
        services.AddScoped<Learner>();
        services.AddScoped<ICurrentPerson>(sp => sp.GetRequiredService<Learner>());
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
        var (quiz, people) = await PrepareAsync(root, learners);
        Console.WriteLine($"Provider: {provider}; {learners} learners, a quiz of {quiz.Questions.Count} questions");

        // Every learner starts an attempt (measured too, one after the other), then all submit at once.
        var attempts = new QuizAttemptDto[learners];
        var starts = new List<double>();
        for (var i = 0; i < learners; i++)
        {
            await using var scope = root.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Learner>().Card = people[i];
            var watch = Stopwatch.StartNew();
            attempts[i] = await scope.ServiceProvider.GetRequiredService<IQuizAttemptAppService>().StartAsync(quiz.Id, default);
            starts.Add(watch.Elapsed.TotalMilliseconds);
        }

        var errors = 0;
        var submits = new double[learners];
        var all = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, learners).Select(i => Task.Run(async () =>
        {
            try
            {
                await using var scope = root.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Learner>().Card = people[i];
                var answers = RightAnswers(quiz, attempts[i]);
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<IQuizAttemptAppService>().SubmitAsync(attempts[i].Id, new QuizAnswersInput { Answers = answers }, default);
                submits[i] = watch.Elapsed.TotalMilliseconds;
                if (result.Result?.Passed != true) throw new InvalidOperationException("A right answer was scored wrong.");
            }
            catch (Exception e)
            {
                Interlocked.Increment(ref errors);
                Console.WriteLine($"Learner {i}: {e.GetType().Name}: {e.Message}");
            }
        })));
        all.Stop();

        int completed, evidence;
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NavLederprogramDbContext>();
            var ids = people.Select(p => p.Id).ToList();
            completed = await db.Set<CourseEnrolment>().CountAsync(e => ids.Contains(e.PersonId) && e.CompletedAt != null);
            evidence = await db.Set<CompetenceEvidence>().CountAsync(e => ids.Contains(e.PersonId));
        }
        var ok = submits.Where(s => s > 0).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"RESULT quiz {provider}: {learners} submissions at once in {all.Elapsed.TotalSeconds:F2} s " +
            $"({learners / all.Elapsed.TotalSeconds:F0}/s); submit p50 {P(ok, 50):F0} ms, p95 {P(ok, 95):F0} ms, p99 {P(ok, 99):F0} ms, " +
            $"max {ok.LastOrDefault():F0} ms; start (sequential) p50 {P(starts.Order().ToList(), 50):F1} ms, p95 {P(starts.Order().ToList(), 95):F1} ms; " +
            $"errors {errors}; courses completed {completed}, evidence rows {evidence}");
        if (provider == DatabaseProvider.Sqlite) folder.Delete(true);
        return errors == 0 ? 0 : 1;
    }

    private static double P(List<double> sorted, int percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];

    /// <summary>The demo course's quiz grown to 20 questions of every kind, a competence it grants, and the learners as people.</summary>
    private static async Task<(Quiz Quiz, List<PersonCard> People)> PrepareAsync(IServiceProvider root, int count)
    {
        await using var scope = root.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<NavLederprogramDbContext>();
        var quiz = await sp.GetRequiredService<IQuizRepository>().GetAsync(QuizDemoDataSeedContributor.QuizId);
        var bank = quiz.Questions.ToList();
        for (var i = 0; quiz.Questions.Count < 20; i++)
        {
            var template = bank[i % bank.Count];
            quiz.AddQuestion(Guid.CreateVersion7(), new QuestionContent(template.Kind, template.Pool, new TranslatedText($"{template.Text.Nb} ({i + 2})"),
                template.Points, template.Feedback, template.Kind == QuestionKind.TrueFalse ? [] : template.Options,
                template.Kind == QuestionKind.TrueFalse ? template.Options.Single(o => o.Id == QuizConsts.TrueOptionId).IsCorrect : null,
                template.AcceptedAnswers, template.Pairs));
        }
        quiz.ChangeSettings(new QuizSettings(quiz.Title, quiz.PassMarkPercent, null, quiz.TimeLimitMinutes, true, true, []));

        var office = await db.Offices.FirstAsync();
        var role = await db.JobRoles.FirstAsync(r => r.Code == OrganisationConsts.OfficeLeaderRoleCode);
        var people = new List<PersonCard>();
        for (var n = 0; n < count; n++)
        {
            var person = new Person(Guid.CreateVersion7(), $"Q{n:D6}", $"Fornavn{n}", $"Lærer{n}", $"q{n}@nav.no", Employer.State, office.Id);
            person.SetJobRoles([(role.Id, new DateOnly(2020, 1, 1))]);
            db.Add(person);
            people.Add(PersonCard.Of(person));
        }
        await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (quiz, people);
    }

    /// <summary>The right answer to every question of the attempt, from the bank (the benchmark plays a learner who knows them).</summary>
    private static List<QuizAnswerDto> RightAnswers(Quiz quiz, QuizAttemptDto attempt) =>
    [
        .. attempt.Questions.Select(q =>
        {
            var bank = quiz.Questions.Single(b => b.Id == q.Id);
            return q.Kind switch
            {
                QuestionKind.ShortAnswer => new QuizAnswerDto { QuestionId = q.Id, Text = bank.AcceptedAnswers[0] },
                QuestionKind.Matching => new QuizAnswerDto
                {
                    QuestionId = q.Id,
                    Matches = [.. bank.Pairs.Select(p => new QuizMatchDto { PromptId = p.Id, ChoiceId = q.Choices.First(c => c.Text.Text == p.Match.Nb).Id })],
                },
                _ => new QuizAnswerDto { QuestionId = q.Id, OptionIds = [.. bank.Options.Where(o => o.IsCorrect).Select(o => o.Id)] },
            };
        }),
    ];

    /// <summary>The signed-in learner of one scope.</summary>
    private sealed class Learner : ICurrentPerson
    {
        public PersonCard? Card { get; set; }

        public Task<PersonCard?> GetAsync(CancellationToken ct) => Task.FromResult(Card);
    }
}
