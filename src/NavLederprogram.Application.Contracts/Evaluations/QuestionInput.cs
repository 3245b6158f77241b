using NavLederprogram.Programmes;

namespace NavLederprogram.Evaluations;

/// <summary>A question as the set's editor sends it; <see cref="Id"/> is null for a new question.</summary>
public sealed class QuestionInput
{
    public Guid? Id { get; set; }
    public EvaluationQuestionKind? Kind { get; set; }
    public TranslatedTextInput? Text { get; set; }
    /// <summary>The choices of a single-choice question, in order.</summary>
    public List<TranslatedTextInput>? Options { get; set; }
}
