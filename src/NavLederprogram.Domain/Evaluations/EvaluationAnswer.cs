namespace NavLederprogram.Evaluations;

/// <summary>
/// One answer of a response. A free text waits for review (<see cref="FreeTextReview.Pending"/>) before facilitators see it,
/// as written (approved) or as the reviewer redacted it (<see cref="ReviewedText"/>); ratings and choices need no review.
/// </summary>
public sealed class EvaluationAnswer
{
    public Guid QuestionId { get; private set; }
    public int? Value { get; private set; }
    public string? Text { get; private set; }
    public FreeTextReview Review { get; private set; }
    public string? ReviewedText { get; private set; }

    private EvaluationAnswer() { }

    internal EvaluationAnswer(Guid questionId, int? value, string? text)
    {
        QuestionId = questionId;
        Value = value;
        Text = text;
        Review = text is null ? FreeTextReview.Approved : FreeTextReview.Pending;
    }

    /// <summary>The text facilitators may see, or null while it waits for review.</summary>
    public string? ReleasedText => Review switch
    {
        FreeTextReview.Approved => Text,
        FreeTextReview.Redacted => ReviewedText,
        _ => null,
    };

    /// <summary>Releases the text as written.</summary>
    public void Approve()
    {
        Review = FreeTextReview.Approved;
        ReviewedText = null;
    }

    /// <summary>Releases the text with names and other identifying words taken out.</summary>
    public void Redact(string text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length is 0 or > EvaluationConsts.TextMax)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "text" };
        Review = FreeTextReview.Redacted;
        ReviewedText = value;
    }
}
