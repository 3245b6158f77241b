namespace NavLederprogram.Evaluations;

public sealed class SavePulseSettingsInput
{
    public bool? Enabled { get; set; }

    /// <summary>The question set of new pulses; empty for the seeded pulse set.</summary>
    public Guid? QuestionSetId { get; set; }
}
