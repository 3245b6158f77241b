namespace NavLederprogram.Evaluations;

/// <summary>A question set that can be the pulse, with its name in the reader's language; <see cref="IsSeededPulse"/> marks the seeded one.</summary>
public sealed record PulseQuestionSetOptionDto(Guid Id, string Name, int Questions, bool IsSeededPulse);
