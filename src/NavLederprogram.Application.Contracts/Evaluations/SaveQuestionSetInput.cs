using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

public sealed class SaveQuestionSetInput
{
    public TranslatedTextInput? Name { get; set; }
    /// <summary>Answers a result needs before it is shown; at least 3, 5 when left out.</summary>
    public int? MinimumAnswers { get; set; }
    public List<QuestionInput>? Questions { get; set; }
    /// <summary>The stamp the editor read; a set changed since is a conflict.</summary>
    public string? ConcurrencyStamp { get; set; }
}
