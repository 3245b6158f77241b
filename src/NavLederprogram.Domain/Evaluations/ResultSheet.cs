namespace NavLederprogram.Evaluations;

/// <summary>The results of an evaluation, or of one group of its answers: hidden whole when fewer than the threshold answered.</summary>
public sealed record ResultSheet(int Responses, int MinimumAnswers, bool Hidden, IReadOnlyList<QuestionResult> Questions);
