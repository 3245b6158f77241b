using NavLederprogram.Data;
using NavLederprogram.Localization;
using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>
/// Evaluations to show: a national question set after a gathering, in bokmål, nynorsk and English, and an evaluation of this
/// year's national cohort, open for two weeks, which the demo leaders (leder, leder2…leder6) can answer. Seeded as already
/// announced, so that the demo does not send notices. Runs once: a database with any question set is left alone.
/// </summary>
public sealed class EvaluationDemoDataSeedContributor(
    IQuestionSetRepository sets,
    IEvaluationRepository evaluations,
    IEvaluationCohortQueries cohorts,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : IDataSeedContributor
{
    public const string SetName = "Etter samlingen";

    /// <summary>After the programme (50) whose cohort is evaluated, and the users who answer.</summary>
    public int Order => 90;

    public async Task SeedAsync(CancellationToken ct)
    {
        if ((await sets.GetListAsync(null, ct)).Any(s => !s.IsPulse)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        // This year's national cohort: gatherings behind it and ahead of it.
        var running = (await cohorts.GetCohortsAsync(null, ct))
            .FirstOrDefault(c => c.RegionId is null && c.Gatherings.Any(g => g.StartsAt < now) && c.Gatherings.Any(g => g.StartsAt > now));
        if (running is null) return;

        var set = new QuestionSet(Guid.CreateVersion7(), new TranslatedText(SetName, "Etter samlinga", "After the gathering"),
            EvaluationConsts.DefaultMinimumAnswers,
            [
                Likert("Samlingen var nyttig for meg som leder.", "Samlinga var nyttig for meg som leiar.", "The gathering was useful to me as a leader."),
                Likert("Jeg ble møtt med respekt.", "Eg vart møtt med respekt.", "I was treated with respect."),
                Likert("Jeg kan bruke det jeg lærte i mitt eget NAV-kontor.", "Eg kan bruke det eg lærte i mitt eige NAV-kontor.",
                    "I can use what I learned in my own NAV office."),
                new QuestionDraft(null, EvaluationQuestionKind.SingleChoice,
                    new TranslatedText("Hvilken del av samlingen ga deg mest?", "Kva del av samlinga gav deg mest?", "Which part of the gathering gave you most?"),
                    [
                        new TranslatedText("Foredragene", "Føredraga", "The talks"),
                        new TranslatedText("Gruppearbeidet", "Gruppearbeidet", "The group work"),
                        new TranslatedText("Samtalene med andre ledere", "Samtalane med andre leiarar", "The conversations with other leaders"),
                    ]),
                new QuestionDraft(null, EvaluationQuestionKind.FreeText,
                    new TranslatedText("Hva kan gjøres bedre til neste gang?", "Kva kan gjerast betre til neste gong?", "What could be done better next time?"), []),
            ], null);
        await sets.InsertAsync(set, ct);
        var evaluation = new Evaluation(Guid.CreateVersion7(), set, $"Evaluering av {running.Name}",
            new EvaluationTarget(EvaluationTargetKind.Cohort, running.Id, running.Id, null, running.Name), now.AddDays(-1), now.AddDays(14));
        evaluation.MarkOpeningNotified(now);
        await evaluations.InsertAsync(evaluation, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static QuestionDraft Likert(string nb, string nn, string en) => new(null, EvaluationQuestionKind.Likert, new TranslatedText(nb, nn, en), []);
}
