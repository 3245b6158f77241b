namespace NavLederprogram.ELearning;

/// <summary>A quiz text in the reader's language, or in bokmål (<see cref="Language"/> "nb") where it is not translated.</summary>
public sealed record QuizLocalTextDto(string Text, string Language);
