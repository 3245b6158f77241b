namespace NavLederprogram.Privacy;

/// <summary>
/// How many years each retention rule keeps a record after its person is erased (<c>PersonalData:Retention</c>); a rule that is
/// missing or 0 keeps nothing, so that what the configuration does not name is erased at once.
/// </summary>
public sealed class PersonalDataRetention
{
    public const string Section = "PersonalData:Retention";
    public const string Certificates = "Certificates";
    public const string CompetenceEvidence = "CompetenceEvidence";

    /// <summary>Years per rule; the defaults are what the programme's owners keep records for.</summary>
    public Dictionary<string, int> Years { get; set; } = new(StringComparer.Ordinal) { [Certificates] = 10, [CompetenceEvidence] = 5 };

    public int YearsOf(string? rule) => rule is not null && Years.TryGetValue(rule, out var years) && years > 0 ? years : 0;

    /// <summary>The last day a record under <paramref name="rule"/> is kept when erased on <paramref name="today"/>; null when it goes at once.</summary>
    public DateOnly? KeepUntil(string? rule, DateOnly today) => YearsOf(rule) is var y and > 0 ? today.AddYears(y) : null;
}
