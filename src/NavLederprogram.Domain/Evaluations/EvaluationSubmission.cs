namespace NavLederprogram.Evaluations;

/// <summary>
/// What answering writes, both in one transaction: that the person answered, and what was answered, with nothing that joins
/// the two.
/// </summary>
public sealed record EvaluationSubmission(EvaluationRespondent Respondent, EvaluationResponse Response);
