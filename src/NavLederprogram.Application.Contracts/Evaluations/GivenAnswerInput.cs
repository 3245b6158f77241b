namespace NavLederprogram.Evaluations;

/// <summary>A rating (1–5) or the index of a choice in <see cref="Value"/>, or a free text.</summary>
public sealed class GivenAnswerInput
{
    public Guid? QuestionId { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
}
