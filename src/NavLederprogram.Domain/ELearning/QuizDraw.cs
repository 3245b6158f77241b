namespace NavLederprogram.ELearning;

/// <summary>Draw <paramref name="Count"/> questions at random from the pool named <paramref name="Pool"/> for each attempt.</summary>
public sealed record QuizDraw(string Pool, int Count);
