using System.Globalization;
using NavLederprogram.Entities;

namespace NavLederprogram.ELearning;

/// <summary>
/// A learner's run-time data for one SCO of a package, kept across sessions: status, score, location, suspend data
/// and the time spent. A session starts at launch (<see cref="StartSession"/>) and gets commits from the runtime;
/// the time of earlier sessions is kept apart so that total time is their sum plus the current session's time,
/// however often one session commits. Everything a SCO writes is checked against <see cref="ScormDataModel"/>
/// before any of it is applied.
/// </summary>
public class ScormAttempt : AuditedAggregateRoot
{
    public Guid PersonId { get; private set; }
    public Guid PackageId { get; private set; }
    public string ScoIdentifier { get; private set; } = "";
    public ScormVersion Version { get; private set; }
    public int SessionNumber { get; private set; }
    public string? Entry { get; private set; }
    public string? Exit { get; private set; }
    /// <summary>1.2 cmi.core.lesson_status, 2004 cmi.completion_status.</summary>
    public string Status { get; private set; } = "not attempted";
    /// <summary>2004 cmi.success_status; 1.2 has none of its own.</summary>
    public string? SuccessStatus { get; private set; }
    public decimal? ScoreRaw { get; private set; }
    public decimal? ScoreMin { get; private set; }
    public decimal? ScoreMax { get; private set; }
    public decimal? ScoreScaled { get; private set; }
    public decimal? ProgressMeasure { get; private set; }
    public string? Location { get; private set; }
    public string? SuspendData { get; private set; }
    public TimeSpan EarlierSessionsTime { get; private set; }
    public TimeSpan SessionTime { get; private set; }
    /// <summary>Interactions, objectives, comments and preferences, by element name.</summary>
    public Dictionary<string, string> RuntimeData { get; private set; } = [];
    public DateTime? LastCommitAt { get; private set; }

    private ScormAttempt() { }

    public ScormAttempt(Guid id, Guid personId, ScormPackage package, ScormSco sco) : base(id)
    {
        PersonId = personId;
        PackageId = package.Id;
        ScoIdentifier = sco.Identifier;
        Version = package.Version;
        if (Version != ScormVersion.Scorm12) Status = "unknown";
    }

    public TimeSpan TotalTime => EarlierSessionsTime + SessionTime;

    /// <summary>
    /// Starts a session: the last one's time joins the total, and entry tells the SCO how it is entered — "ab-initio" the
    /// first time, "resume" when it left with exit = suspend (so it restores location and suspend data), else "".
    /// </summary>
    public void StartSession()
    {
        Entry = SessionNumber == 0 ? "ab-initio" : Exit == "suspend" ? "resume" : "";
        EarlierSessionsTime += SessionTime;
        SessionTime = TimeSpan.Zero;
        Exit = null;
        SessionNumber++;
    }

    /// <summary>Applies what the SCO wrote in session <paramref name="session"/>; refuses all of it if one element is invalid.</summary>
    public void Commit(int session, IReadOnlyDictionary<string, string?> input, DateTime now)
    {
        if (session != SessionNumber) throw new BusinessException(NavLederprogramErrorCodes.ScormStaleSession) { IsConflict = true };
        var (values, errors) = ScormDataModel.Validate(Version, input);
        var runtime = new Dictionary<string, string>(RuntimeData, StringComparer.Ordinal);
        foreach (var (name, value) in values)
            if (!Apply(name, value)) runtime[name] = value;
        if (runtime.Sum(r => r.Key.Length + r.Value.Length) > ScormConsts.RuntimeDataMax)
            errors["cmi"] = [new FieldError(NavLederprogramErrorCodes.ScormCmiTooLong, ScormConsts.RuntimeDataMax)];
        if (errors.Count > 0) throw new ValidationFailedException(errors);
        foreach (var (name, value) in values) Set(name, value);
        RuntimeData = runtime;
        LastCommitAt = now;
    }

    /// <summary>Whether <paramref name="name"/> is one of the elements kept in their own column.</summary>
    private bool Apply(string name, string value) => Version == ScormVersion.Scorm12
        ? name is "cmi.core.lesson_status" or "cmi.core.lesson_location" or "cmi.core.exit" or "cmi.core.session_time" or "cmi.suspend_data"
            or "cmi.core.score.raw" or "cmi.core.score.min" or "cmi.core.score.max"
        : name is "cmi.completion_status" or "cmi.success_status" or "cmi.location" or "cmi.exit" or "cmi.session_time" or "cmi.suspend_data"
            or "cmi.score.raw" or "cmi.score.min" or "cmi.score.max" or "cmi.score.scaled" or "cmi.progress_measure";

    private void Set(string name, string value)
    {
        static decimal? Number(string v) => v.Length == 0 ? null : decimal.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
        static string? Text(string v) => v.Length == 0 ? null : v;
        switch (name)
        {
            case "cmi.core.lesson_status" or "cmi.completion_status": if (value.Length > 0) Status = value; break;
            case "cmi.success_status": SuccessStatus = Text(value); break;
            case "cmi.core.lesson_location" or "cmi.location": Location = Text(value); break;
            case "cmi.core.exit" or "cmi.exit": Exit = Text(value); break;
            case "cmi.suspend_data": SuspendData = Text(value); break;
            case "cmi.core.score.raw" or "cmi.score.raw": ScoreRaw = Number(value); break;
            case "cmi.core.score.min" or "cmi.score.min": ScoreMin = Number(value); break;
            case "cmi.core.score.max" or "cmi.score.max": ScoreMax = Number(value); break;
            case "cmi.score.scaled": ScoreScaled = Number(value); break;
            case "cmi.progress_measure": ProgressMeasure = Number(value); break;
            case "cmi.core.session_time": if (ScormDataModel.TryTimespan12(value, out var t12)) SessionTime = t12; break;
            case "cmi.session_time": if (ScormDataModel.TryInterval2004(value, out var t04)) SessionTime = t04; break;
        }
    }

    public bool IsCompleted => Version == ScormVersion.Scorm12 ? Status is "completed" or "passed" or "failed" : Status == "completed";

    /// <summary>
    /// Passed or failed as the SCO said it; when it said neither but reported a score, the score against the manifest's
    /// mastery score (1.2) or scaled passing score (2004); otherwise unknown.
    /// </summary>
    public bool? IsPassed(ScormSco sco)
    {
        if (Version == ScormVersion.Scorm12)
        {
            if (Status == "passed") return true;
            if (Status == "failed") return false;
            return sco.MasteryScore is { } mastery && ScoreRaw is { } raw ? raw >= mastery : null;
        }
        if (SuccessStatus == "passed") return true;
        if (SuccessStatus == "failed") return false;
        return sco.ScaledPassingScore is { } passing && ScoreScaled is { } scaled ? scaled >= passing : null;
    }

    /// <summary>The score as the package reported it, in percent: scaled × 100, else raw of max, else raw.</summary>
    public decimal? ScorePercent
    {
        get
        {
            if (ScoreScaled is { } scaled) return Math.Round(scaled * 100, 2);
            if (ScoreRaw is not { } raw) return null;
            var min = ScoreMin ?? 0;
            return ScoreMax is { } max && max > min ? Math.Round((raw - min) / (max - min) * 100, 2) : raw;
        }
    }
}
