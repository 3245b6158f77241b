namespace NavLederprogram.ELearning;

/// <summary>A quiz text as its editor writes it: bokmål required, nynorsk and English optional (bokmål is shown instead).</summary>
public sealed record QuizTextDto(string Nb, string? Nn, string? En);
