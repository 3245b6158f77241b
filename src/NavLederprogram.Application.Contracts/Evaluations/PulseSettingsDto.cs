namespace NavLederprogram.Evaluations;

/// <summary>
/// Whether pulses open after gatherings and supervision meetings, and with which question set (<see cref="QuestionSetId"/> null: the
/// seeded pulse set). <see cref="QuestionSets"/> are the sets short enough to be a pulse.
/// </summary>
public sealed record PulseSettingsDto(bool Enabled, Guid? QuestionSetId, IReadOnlyList<PulseQuestionSetOptionDto> QuestionSets);
