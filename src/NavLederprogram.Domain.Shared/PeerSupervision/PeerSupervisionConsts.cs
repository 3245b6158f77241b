namespace NavLederprogram.PeerSupervision;

public static class PeerSupervisionConsts
{
    public const int NameMax = 200;
    public const int TextMax = 4000;
    public const int CaseMax = 2000;
    public const int ReflectionMax = 8000;
    public const int MinGroupMembers = 3;
    public const int MaxGroupMembers = 8;
    /// <summary>The most occurrences one schedule may expand to, so that a rule cannot flood the meeting table.</summary>
    public const int MaxOccurrences = 200;
    public const int MinCapacity = 1;
    public const int MaxCapacity = 20;
    public const int MinMeetingMinutes = 15;
    public const int MaxMeetingMinutes = 480;
    public const int LinkMax = 1000;
    public const int PlaceMax = 300;
    public const int RuleMax = 500;
    public const int MaxMeetingsForEvidence = 50;
    public const int MaxEvidencePeriodMonths = 36;
    /// <summary>Competences that taking part grants at most.</summary>
    public const int MaxParticipationGrants = 10;
    /// <summary>The longest a granted competence may stay valid (ten years).</summary>
    public const int MaxGrantValidMonths = 120;
}
