using NavLederprogram.Data;
using NavLederprogram.Localization;

namespace NavLederprogram.Evaluations;

/// <summary>
/// The pulse set: three short questions asked after every gathering and supervision meeting, in bokmål, nynorsk and English. Made
/// once; a database that has a pulse set keeps it as the admins left it.
/// </summary>
public sealed class PulseDataSeedContributor(IQuestionSetRepository sets, IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const string SetName = "Puls etter møtet";

    /// <summary>Needs nothing else; before the demo evaluations (90), which leave the pulse set out.</summary>
    public int Order => 85;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await sets.FindPulseAsync(ct) is not null) return;
        await sets.InsertAsync(new QuestionSet(Guid.CreateVersion7(), new TranslatedText(SetName, "Puls etter møtet", "Pulse after the meeting"),
            EvaluationConsts.DefaultMinimumAnswers,
            [
                new QuestionDraft(null, EvaluationQuestionKind.Likert,
                    new TranslatedText("Var møtet nyttig for deg?", "Var møtet nyttig for deg?", "Was the meeting useful to you?"), []),
                new QuestionDraft(null, EvaluationQuestionKind.Likert,
                    new TranslatedText("Ble du møtt med respekt?", "Vart du møtt med respekt?", "Were you treated with respect?"), []),
                new QuestionDraft(null, EvaluationQuestionKind.FreeText,
                    new TranslatedText("Vil du si noe mer om møtet?", "Vil du seie noko meir om møtet?", "Is there anything else you would like to say about the meeting?"),
                    []),
            ], null, isPulse: true), ct);
        await unitOfWork.SaveChangesAsync(ct);
    }
}
