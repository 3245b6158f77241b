using System.Globalization;
using System.Text.RegularExpressions;

namespace NavLederprogram.ELearning;

/// <summary>
/// The SCORM run-time data model a SCO may write, by edition: each element's type, length and vocabulary as the
/// run-time specifications define them (1.2: CMIString255, CMIDecimal, CMITimespan, CMITime…; 2004: characterstring
/// SPMs, real(10,7), timeinterval, time). Elements the LMS owns (learner id, entry, credit, total time…) are read-only
/// and ignored when a runtime sends them back with the rest. Only suspend data is more generous than SCORM 1.2:
/// 64,000 characters in both editions, because authoring tools write more than 4,096.
/// </summary>
public static partial class ScormDataModel
{
    private enum Kind { Text, Identifier, Decimal, Integer, Timespan12, Time12, Interval2004, Time2004, Vocabulary, ResultOrDecimal, ReadOnly }

    private sealed record Element(Kind Kind, int MaxLength = 0, decimal? Min = null, decimal? Max = null, string[]? Words = null);

    // "not attempted" is no value a SCO may set, but it is the state a runtime sends back when the SCO set none.
    private static readonly string[] Status12 = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"];
    private static readonly string[] ObjectiveStatus12 = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"];
    private static readonly string[] Interaction12 = ["true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"];
    private static readonly string[] Interaction2004 =
        ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"];
    private static readonly string[] Result12 = ["correct", "wrong", "unanticipated", "neutral"];
    private static readonly string[] Result2004 = ["correct", "incorrect", "unanticipated", "neutral"];
    private static readonly string[] Completion2004 = ["completed", "incomplete", "not attempted", "unknown"];
    private static readonly string[] Success2004 = ["passed", "failed", "unknown"];

    private static readonly Dictionary<string, Element> Scorm12 = new(StringComparer.Ordinal)
    {
        ["cmi.core.lesson_location"] = new(Kind.Text, 255),
        ["cmi.core.lesson_status"] = new(Kind.Vocabulary, Words: Status12),
        ["cmi.core.score.raw"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.core.score.min"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.core.score.max"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.core.exit"] = new(Kind.Vocabulary, Words: ["time-out", "suspend", "logout", ""]),
        ["cmi.core.session_time"] = new(Kind.Timespan12),
        ["cmi.suspend_data"] = new(Kind.Text, ScormConsts.SuspendDataMax),
        ["cmi.comments"] = new(Kind.Text, 4096),
        ["cmi.objectives.n.id"] = new(Kind.Identifier, 255),
        ["cmi.objectives.n.score.raw"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.objectives.n.score.min"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.objectives.n.score.max"] = new(Kind.Decimal, Min: 0, Max: 100),
        ["cmi.objectives.n.status"] = new(Kind.Vocabulary, Words: ObjectiveStatus12),
        ["cmi.student_preference.audio"] = new(Kind.Integer, Min: -1, Max: 100),
        ["cmi.student_preference.language"] = new(Kind.Text, 255),
        ["cmi.student_preference.speed"] = new(Kind.Integer, Min: -100, Max: 100),
        ["cmi.student_preference.text"] = new(Kind.Integer, Min: -1, Max: 1),
        ["cmi.interactions.n.id"] = new(Kind.Identifier, 255),
        ["cmi.interactions.n.objectives.n.id"] = new(Kind.Identifier, 255),
        ["cmi.interactions.n.time"] = new(Kind.Time12),
        ["cmi.interactions.n.type"] = new(Kind.Vocabulary, Words: Interaction12),
        ["cmi.interactions.n.correct_responses.n.pattern"] = new(Kind.Text, 255),
        ["cmi.interactions.n.weighting"] = new(Kind.Decimal),
        ["cmi.interactions.n.student_response"] = new(Kind.Text, 255),
        ["cmi.interactions.n.result"] = new(Kind.ResultOrDecimal, Words: Result12),
        ["cmi.interactions.n.latency"] = new(Kind.Timespan12),
        ["cmi.core.student_id"] = new(Kind.ReadOnly),
        ["cmi.core.student_name"] = new(Kind.ReadOnly),
        ["cmi.core.credit"] = new(Kind.ReadOnly),
        ["cmi.core.entry"] = new(Kind.ReadOnly),
        ["cmi.core.total_time"] = new(Kind.ReadOnly),
        ["cmi.core.lesson_mode"] = new(Kind.ReadOnly),
        ["cmi.launch_data"] = new(Kind.ReadOnly),
        ["cmi.comments_from_lms"] = new(Kind.ReadOnly),
        ["cmi.student_data.mastery_score"] = new(Kind.ReadOnly),
        ["cmi.student_data.max_time_allowed"] = new(Kind.ReadOnly),
        ["cmi.student_data.time_limit_action"] = new(Kind.ReadOnly),
    };

    private static readonly Dictionary<string, Element> Scorm2004 = new(StringComparer.Ordinal)
    {
        ["cmi.location"] = new(Kind.Text, ScormConsts.LocationMax),
        ["cmi.completion_status"] = new(Kind.Vocabulary, Words: Completion2004),
        ["cmi.success_status"] = new(Kind.Vocabulary, Words: Success2004),
        ["cmi.score.scaled"] = new(Kind.Decimal, Min: -1, Max: 1),
        ["cmi.score.raw"] = new(Kind.Decimal),
        ["cmi.score.min"] = new(Kind.Decimal),
        ["cmi.score.max"] = new(Kind.Decimal),
        ["cmi.progress_measure"] = new(Kind.Decimal, Min: 0, Max: 1),
        ["cmi.exit"] = new(Kind.Vocabulary, Words: ["time-out", "suspend", "logout", "normal", ""]),
        ["cmi.session_time"] = new(Kind.Interval2004),
        ["cmi.suspend_data"] = new(Kind.Text, ScormConsts.SuspendDataMax),
        ["cmi.learner_preference.audio_level"] = new(Kind.Decimal, Min: 0),
        ["cmi.learner_preference.language"] = new(Kind.Text, 250),
        ["cmi.learner_preference.delivery_speed"] = new(Kind.Decimal, Min: 0),
        ["cmi.learner_preference.audio_captioning"] = new(Kind.Vocabulary, Words: ["-1", "0", "1"]),
        ["cmi.comments_from_learner.n.comment"] = new(Kind.Text, 4000),
        ["cmi.comments_from_learner.n.location"] = new(Kind.Text, 250),
        ["cmi.comments_from_learner.n.timestamp"] = new(Kind.Time2004),
        ["cmi.objectives.n.id"] = new(Kind.Identifier, 4000),
        ["cmi.objectives.n.score.scaled"] = new(Kind.Decimal, Min: -1, Max: 1),
        ["cmi.objectives.n.score.raw"] = new(Kind.Decimal),
        ["cmi.objectives.n.score.min"] = new(Kind.Decimal),
        ["cmi.objectives.n.score.max"] = new(Kind.Decimal),
        ["cmi.objectives.n.success_status"] = new(Kind.Vocabulary, Words: Success2004),
        ["cmi.objectives.n.completion_status"] = new(Kind.Vocabulary, Words: Completion2004),
        ["cmi.objectives.n.progress_measure"] = new(Kind.Decimal, Min: 0, Max: 1),
        ["cmi.objectives.n.description"] = new(Kind.Text, 250),
        ["cmi.interactions.n.id"] = new(Kind.Identifier, 4000),
        ["cmi.interactions.n.type"] = new(Kind.Vocabulary, Words: Interaction2004),
        ["cmi.interactions.n.objectives.n.id"] = new(Kind.Identifier, 4000),
        ["cmi.interactions.n.timestamp"] = new(Kind.Time2004),
        ["cmi.interactions.n.correct_responses.n.pattern"] = new(Kind.Text, 7800),
        ["cmi.interactions.n.weighting"] = new(Kind.Decimal),
        ["cmi.interactions.n.learner_response"] = new(Kind.Text, 7800),
        ["cmi.interactions.n.result"] = new(Kind.ResultOrDecimal, Words: Result2004),
        ["cmi.interactions.n.latency"] = new(Kind.Interval2004),
        ["cmi.interactions.n.description"] = new(Kind.Text, 250),
        ["adl.nav.request"] = new(Kind.Text, 4000),
        ["cmi._version"] = new(Kind.ReadOnly),
        ["cmi.learner_id"] = new(Kind.ReadOnly),
        ["cmi.learner_name"] = new(Kind.ReadOnly),
        ["cmi.credit"] = new(Kind.ReadOnly),
        ["cmi.entry"] = new(Kind.ReadOnly),
        ["cmi.mode"] = new(Kind.ReadOnly),
        ["cmi.total_time"] = new(Kind.ReadOnly),
        ["cmi.launch_data"] = new(Kind.ReadOnly),
        ["cmi.completion_threshold"] = new(Kind.ReadOnly),
        ["cmi.scaled_passing_score"] = new(Kind.ReadOnly),
        ["cmi.max_time_allowed"] = new(Kind.ReadOnly),
        ["cmi.time_limit_action"] = new(Kind.ReadOnly),
        ["cmi.comments_from_lms.n.comment"] = new(Kind.ReadOnly),
        ["cmi.comments_from_lms.n.location"] = new(Kind.ReadOnly),
        ["cmi.comments_from_lms.n.timestamp"] = new(Kind.ReadOnly),
    };

    /// <summary>
    /// Checks what a SCO wrote. Returns the writable elements with their values and the field errors, keyed by element;
    /// read-only elements are dropped, an unknown one is an error.
    /// </summary>
    public static (Dictionary<string, string> Values, Dictionary<string, IReadOnlyList<FieldError>> Errors) Validate(
        ScormVersion version, IReadOnlyDictionary<string, string?> input)
    {
        var model = version == ScormVersion.Scorm12 ? Scorm12 : Scorm2004;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        foreach (var (name, raw) in input)
        {
            var value = raw ?? "";
            var error = Check(model, name, value, out var readOnly);
            if (error is not null) errors[name] = [error];
            else if (!readOnly) values[name] = value;
        }
        return (values, errors);
    }

    private static FieldError? Check(Dictionary<string, Element> model, string name, string value, out bool readOnly)
    {
        readOnly = false;
        if (name.Length > 200) return new FieldError(NavLederprogramErrorCodes.ScormCmiUnknown, name[..50]);
        var generic = IndexPattern().Replace(name, m => ".n" + m.Groups[1].Value);
        if (!model.TryGetValue(generic, out var element)) return new FieldError(NavLederprogramErrorCodes.ScormCmiUnknown, name);
        if (element.Kind == Kind.ReadOnly) { readOnly = true; return null; }
        foreach (Match index in IndexPattern().Matches(name))
            if (int.Parse(index.Value.AsSpan(1, index.Value.Length - 1 - index.Groups[1].Length), CultureInfo.InvariantCulture) >= ScormConsts.MaxCollectionEntries)
                return new FieldError(NavLederprogramErrorCodes.ScormCmiTooMany, ScormConsts.MaxCollectionEntries);
        // Blank means "not set" for every element the SCO may write, in both editions.
        if (value.Length == 0 && element.Kind is not (Kind.Identifier)) return null;
        return element.Kind switch
        {
            Kind.Text => value.Length > element.MaxLength ? new FieldError(NavLederprogramErrorCodes.ScormCmiTooLong, element.MaxLength) : null,
            Kind.Identifier => value.Length == 0 || value.Any(char.IsWhiteSpace) ? new FieldError(NavLederprogramErrorCodes.ScormCmiType, "identifier")
                : value.Length > element.MaxLength ? new FieldError(NavLederprogramErrorCodes.ScormCmiTooLong, element.MaxLength) : null,
            Kind.Decimal => CheckNumber(value, element, integer: false),
            Kind.Integer => CheckNumber(value, element, integer: true),
            Kind.Vocabulary => element.Words!.Contains(value, StringComparer.Ordinal) ? null
                : new FieldError(NavLederprogramErrorCodes.ScormCmiVocabulary, string.Join(", ", element.Words!.Where(w => w.Length > 0))),
            Kind.ResultOrDecimal => element.Words!.Contains(value, StringComparer.Ordinal) || IsDecimal(value, out _) ? null
                : new FieldError(NavLederprogramErrorCodes.ScormCmiVocabulary, string.Join(", ", element.Words!)),
            Kind.Timespan12 => TryTimespan12(value, out _) ? null : new FieldError(NavLederprogramErrorCodes.ScormCmiType, "HHHH:MM:SS.SS"),
            Kind.Time12 => Time12().IsMatch(value) ? null : new FieldError(NavLederprogramErrorCodes.ScormCmiType, "HH:MM:SS.SS"),
            Kind.Interval2004 => TryInterval2004(value, out _) ? null : new FieldError(NavLederprogramErrorCodes.ScormCmiType, "PnYnMnDTnHnMnS"),
            Kind.Time2004 => Time2004().IsMatch(value) ? null : new FieldError(NavLederprogramErrorCodes.ScormCmiType, "YYYY-MM-DDThh:mm:ss"),
            _ => null,
        };
    }

    private static FieldError? CheckNumber(string value, Element element, bool integer)
    {
        if (!IsDecimal(value, out var number) || (integer && number != decimal.Truncate(number)))
            return new FieldError(NavLederprogramErrorCodes.ScormCmiType, integer ? "integer" : "decimal");
        if ((element.Min is { } min && number < min) || (element.Max is { } max && number > max))
            return new FieldError(NavLederprogramErrorCodes.ScormCmiRange, element.Min?.ToString(CultureInfo.InvariantCulture) ?? "", element.Max?.ToString(CultureInfo.InvariantCulture) ?? "");
        return null;
    }

    public static bool IsDecimal(string value, out decimal number) =>
        DecimalPattern().IsMatch(value) & decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    /// <summary>SCORM 1.2 CMITimespan: HHHH:MM:SS.SS (hours 2–4 digits).</summary>
    public static bool TryTimespan12(string value, out TimeSpan span)
    {
        span = default;
        var m = Timespan12().Match(value);
        if (!m.Success) return false;
        span = TimeSpan.FromHours(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            + TimeSpan.FromMinutes(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            + TimeSpan.FromSeconds((double)decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration such as PT1H5M30.5S; a month is 30 days, a year 365.</summary>
    public static bool TryInterval2004(string value, out TimeSpan span)
    {
        span = default;
        var m = Interval2004().Match(value);
        if (!m.Success || value == "P" || value.EndsWith('T')) return false;
        double Part(int group) => m.Groups[group].Success ? double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = Part(1) * 365 * 86400 + Part(2) * 30 * 86400 + Part(3) * 86400 + Part(4) * 3600 + Part(5) * 60 + Part(6);
        if (seconds > TimeSpan.MaxValue.TotalSeconds / 2) return false;
        span = TimeSpan.FromSeconds(seconds);
        return true;
    }

    public static string FormatTimespan12(TimeSpan span) =>
        $"{Math.Min(9999, (int)span.TotalHours):00}:{span.Minutes:00}:{span.Seconds:00}.{span.Milliseconds / 10:00}";

    public static string FormatInterval2004(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"PT{(int)span.TotalHours}H{span.Minutes}M{span.Seconds + span.Milliseconds / 1000m:0.##}S");

    // ".3." or ".3" at the end → ".n." / ".n": group 1 is what follows the digits.
    [GeneratedRegex(@"\.\d+(\.|$)")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"^-?\d{1,10}(\.\d{1,7})?$")]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"^(\d{2,4}):([0-5]\d):([0-5]\d(?:\.\d{1,2})?)$")]
    private static partial Regex Timespan12();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$")]
    private static partial Regex Time12();

    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$")]
    private static partial Regex Interval2004();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2})?)?)?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?)?)?)?$")]
    private static partial Regex Time2004();
}
