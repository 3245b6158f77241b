namespace NavLederprogram.Development;

/// <summary>A competence area a round may ask about; <see cref="IsRequired"/> when the leader's job roles require it.</summary>
public sealed record FeedbackAreaOptionDto(Guid Id, string Code, string Name, int MaxLevel, bool IsRequired);
