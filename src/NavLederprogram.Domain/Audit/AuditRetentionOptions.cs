namespace NavLederprogram.Audit;

/// <summary>
/// <c>Audit:Retention:{Kind}</c>, e.g. <c>"SignInFailed": "90d"</c> or <c>"Change": "5y"</c>. A kind not configured keeps its default;
/// every kind is kept for some time, never for ever and never not at all.
/// </summary>
public sealed class AuditRetentionOptions : IAuditRetention
{
    public const string Section = "Audit:Retention";

    private static readonly Dictionary<AuditKind, AuditRetentionPeriod> Defaults = new()
    {
        [AuditKind.Change] = new(Years: 5),
        [AuditKind.GrantChange] = new(Years: 5),
        [AuditKind.SignIn] = new(Years: 1),
        [AuditKind.SignInFailed] = new(Days: 90),
        [AuditKind.PersonalDataRead] = new(Years: 5),
        [AuditKind.Erasure] = new(Years: 10),
    };

    public IReadOnlyDictionary<AuditKind, AuditRetentionPeriod> Periods { get; }

    public AuditRetentionOptions(IReadOnlyDictionary<string, string?>? configured = null)
    {
        var periods = new Dictionary<AuditKind, AuditRetentionPeriod>();
        foreach (var kind in Enum.GetValues<AuditKind>())
            periods[kind] = configured?.GetValueOrDefault(kind.ToString()) is { Length: > 0 } text
                ? Parse(kind, text)
                : Defaults.GetValueOrDefault(kind, new AuditRetentionPeriod(Years: 5));
        Periods = periods;
    }

    /// <summary><c>90d</c>, <c>90</c> (days) or <c>5y</c> (years); a misconfiguration stops the start rather than purging too much.</summary>
    public static AuditRetentionPeriod Parse(AuditKind kind, string text)
    {
        var value = text.Trim().ToLowerInvariant();
        var years = value.EndsWith('y');
        var number = value.TrimEnd('y', 'd');
        if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1
            || (years ? n > 100 : n > 36500))
            throw new InvalidOperationException($"{Section}:{kind} must be a number of days (\"90d\") or years (\"5y\") of at least 1; it is \"{text}\".");
        return years ? new AuditRetentionPeriod(Years: n) : new AuditRetentionPeriod(Days: n);
    }
}
