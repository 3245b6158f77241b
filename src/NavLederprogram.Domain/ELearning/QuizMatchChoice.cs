using NavLederprogram.Localization;

namespace NavLederprogram.ELearning;

/// <summary>
/// A text a learner can match to a prompt. Its id is made for the attempt, so that it does not give away the pair it
/// belongs to (<paramref name="PairId"/>, kept on the server).
/// </summary>
public sealed record QuizMatchChoice(Guid Id, Guid PairId, TranslatedText Text);
