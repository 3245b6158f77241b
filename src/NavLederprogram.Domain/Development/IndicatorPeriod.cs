using System.Globalization;
using System.Text.RegularExpressions;

namespace NavLederprogram.Development;

/// <summary>
/// The period an indicator value is for, stored as its first day: a month is written <c>2026-09</c>, a quarter <c>2026-Q3</c>
/// (the directorate's statistics use both). The indicator says which of the two its values are.
/// </summary>
public static partial class IndicatorPeriod
{
    /// <summary>The first day of the period <paramref name="text"/> names, or null when it is neither a month nor a quarter.</summary>
    public static (DateOnly Start, IndicatorPeriodKind Kind)? TryParse(string? text)
    {
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100) return null;
        if (m.Groups["quarter"].Success)
            return (new DateOnly(year, (int.Parse(m.Groups["quarter"].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1), IndicatorPeriodKind.Quarter);
        var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
        return month is < 1 or > 12 ? null : (new DateOnly(year, month, 1), IndicatorPeriodKind.Month);
    }

    /// <summary>The period of an indicator of <paramref name="kind"/>; a month for a quarterly indicator (or the reverse) is refused.</summary>
    public static DateOnly Parse(string? text, IndicatorPeriodKind kind, string field = "period")
    {
        var parsed = TryParse(text) ?? throw new BusinessException(NavLederprogramErrorCodes.IndicatorPeriodInvalid, text) { Field = field };
        if (parsed.Kind != kind)
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorPeriodWrongKind, text, Example(kind)) { Field = field };
        return parsed.Start;
    }

    /// <summary>A stored period start that is not the first day of a month or quarter is moved to it.</summary>
    public static DateOnly Start(DateOnly day, IndicatorPeriodKind kind) =>
        kind == IndicatorPeriodKind.Quarter ? new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1) : new DateOnly(day.Year, day.Month, 1);

    public static string Format(DateOnly start, IndicatorPeriodKind kind) => kind == IndicatorPeriodKind.Quarter
        ? $"{start.Year}-Q{(start.Month - 1) / 3 + 1}"
        : start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A period of <paramref name="kind"/> as an example in messages.</summary>
    private static string Example(IndicatorPeriodKind kind) => kind == IndicatorPeriodKind.Quarter ? "2026-Q3" : "2026-09";

    [GeneratedRegex(@"^(?<year>\d{4})-(?:(?<month>\d{2})|[Qq](?<quarter>[1-4]))$")]
    private static partial Regex Pattern();
}
