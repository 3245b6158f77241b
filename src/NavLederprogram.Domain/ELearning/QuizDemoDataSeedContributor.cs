using Microsoft.Extensions.Options;
using NavLederprogram.Data;
using NavLederprogram.Identity;
using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A demo course completed by passing its quiz, with one question of every kind, where demo users exist. Seeded once:
/// a course with its code already in place (written by hand or by another demo) is left as it is.
/// </summary>
public sealed class QuizDemoDataSeedContributor(ICourseRepository courses, IQuizRepository quizzes, IUnitOfWork unitOfWork,
    IOptions<IdentitySeedOptions> options, TimeProvider clock) : IDataSeedContributor
{
    public const string CourseCode = "EL-TAUSHET-01";

    /// <summary>Fixed, so that the demo course and its quiz have the same addresses in every demo database.</summary>
    public static readonly Guid CourseId = new("3f7c2a10-5d1e-4c3b-9a2f-7e8d9c0b1a01");

    public static readonly Guid QuizId = new("3f7c2a10-5d1e-4c3b-9a2f-7e8d9c0b1a02");

    public int Order => 70;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!options.Value.SeedDemoUsers || await courses.FindByCodeAsync(CourseCode, ct) is not null) return;
        var course = new Course(CourseId, CourseCode);
        var draft = course.StartDraft(Guid.CreateVersion7(), new CourseDetails(
            new TranslatedText("Taushetsplikt i NAV-kontoret", "Teieplikt i NAV-kontoret", "Confidentiality in the NAV office"),
            new TranslatedText("Hva du kan dele, med hvem, og når – test deg selv.", "Kva du kan dele, med kven, og når – test deg sjølv.",
                "What you may share, with whom, and when – test yourself."),
            new TranslatedText("Statlige og kommunale ansatte i NAV-kontoret har ulike regler for taushetsplikt. Kurset går gjennom dem og avsluttes med en prøve."),
            CourseCategory.LawAndRegulations, "nb", 20, [], [], CourseCompletionRule.QuizPassed));

        var quiz = new Quiz(QuizId, course.Id, new QuizSettings(
            new TranslatedText("Prøve i taushetsplikt", "Prøve i teieplikt", "Quiz on confidentiality"), 80, 3, 15, false, true, []));
        foreach (var question in Questions()) quiz.AddQuestion(Guid.CreateVersion7(), question);

        draft.AddLesson(new LessonContent(LessonKind.Text, new TranslatedText("Reglene i korte trekk", "Reglane i korte trekk", "The rules in brief"),
            "<p>I NAV-kontoret gjelder både forvaltningsloven, NAV-loven og sosialtjenesteloven. Taushetsplikten følger oppgaven, ikke arbeidsgiveren.</p>"));
        draft.AddLesson(new LessonContent(LessonKind.Quiz, new TranslatedText("Prøve", "Prøve", "Quiz"), QuizId: quiz.Id));
        draft.Publish(clock.GetUtcNow().UtcDateTime);
        course.RecordPublication(draft, null);

        await courses.InsertAsync(course, ct);
        await courses.InsertVersionAsync(draft, ct);
        await quizzes.InsertAsync(quiz, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static IEnumerable<QuestionContent> Questions()
    {
        static QuestionOption Option(string nb, string nn, string en, bool correct, string? feedback = null) =>
            new(Guid.Empty, new TranslatedText(nb, nn, en), correct, feedback is null ? null : new TranslatedText(feedback));

        yield return new QuestionContent(QuestionKind.SingleChoice, "", new TranslatedText(
                "Hvilken lov regulerer taushetsplikten for de kommunale tjenestene i NAV-kontoret?",
                "Kva lov regulerer teieplikta for dei kommunale tenestene i NAV-kontoret?",
                "Which act governs confidentiality for the municipal services in the NAV office?"), 1,
            new TranslatedText("Sosialtjenesteloven § 44 viser til forvaltningsloven, med noen tillegg."),
            [
                Option("Sosialtjenesteloven", "Sosialtenestelova", "The Social Services Act", true),
                Option("Folketrygdloven", "Folketrygdlova", "The National Insurance Act", false, "Folketrygdloven gjelder de statlige ytelsene."),
                Option("Arbeidsmiljøloven", "Arbeidsmiljølova", "The Working Environment Act", false),
            ], null, [], []);
        yield return new QuestionContent(QuestionKind.MultipleChoice, "", new TranslatedText(
                "Hvilke opplysninger er underlagt taushetsplikt?", "Kva opplysningar er underlagde teieplikt?", "Which information is confidential?"), 2, null,
            [
                Option("Helseopplysninger om en bruker", "Helseopplysningar om ein brukar", "Health information about a user", true),
                Option("Brukerens adresse når den er hemmelig", "Adressa til brukaren når ho er hemmeleg", "The user's address when it is secret", true),
                Option("Kontorets åpningstider", "Opningstidene til kontoret", "The office's opening hours", false),
            ], null, [], []);
        yield return new QuestionContent(QuestionKind.TrueFalse, "", new TranslatedText(
                "Taushetsplikten gjelder også etter at du har sluttet i NAV.", "Teieplikta gjeld også etter at du har slutta i NAV.",
                "Confidentiality still applies after you have left NAV."), 1, null, [], true, [], []);
        yield return new QuestionContent(QuestionKind.ShortAnswer, "", new TranslatedText(
                "Hva kalles samtykket en bruker gir til at opplysninger kan deles?", "Kva blir samtykket ein brukar gir til at opplysningar kan delast, kalla?",
                "What is the consent a user gives for information to be shared called?"), 1, null, [], null,
            ["samtykke", "skriftlig samtykke", "consent"], []);
        yield return new QuestionContent(QuestionKind.Matching, "", new TranslatedText(
                "Koble tjenesten til den som har ansvaret for den.", "Kople tenesta til den som har ansvaret for henne.", "Match the service to who is responsible for it."),
            2, null, [], null, [],
            [
                new QuestionPair(Guid.Empty, new TranslatedText("Økonomisk sosialhjelp", "Økonomisk sosialhjelp", "Financial assistance"), new TranslatedText("Kommunen", "Kommunen", "The municipality")),
                new QuestionPair(Guid.Empty, new TranslatedText("Dagpenger", "Dagpengar", "Unemployment benefit"), new TranslatedText("Staten", "Staten", "The state")),
            ]);
    }
}
