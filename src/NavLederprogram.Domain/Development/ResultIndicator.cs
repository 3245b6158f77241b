using System.Globalization;
using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Development;

/// <summary>
/// A result of an office a leader may choose to be measured on, such as the share of users who go into work. Admins keep the
/// catalogue; the code is what the directorate's statistics name the indicator by in an import.
/// </summary>
public class ResultIndicator : AuditedAggregateRoot
{
    public string Code { get; private set; } = "";
    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public IndicatorValueKind ValueKind { get; private set; }
    public IndicatorPeriodKind PeriodKind { get; private set; }
    public string? Unit { get; private set; }
    public bool HigherIsBetter { get; private set; }
    public bool IsActive { get; private set; } = true;

    private ResultIndicator() { }

    public ResultIndicator(Guid id, string code, TranslatedText name, IndicatorValueKind valueKind, IndicatorPeriodKind periodKind, string? unit,
        bool higherIsBetter) : base(id)
    {
        Code = NormalizeCode(code);
        ValueKind = valueKind;
        PeriodKind = periodKind;
        Change(name, unit, higherIsBetter, true);
    }

    /// <summary>The kinds of value and period stay: values already entered were checked against them.</summary>
    public void Change(TranslatedText name, string? unit, bool higherIsBetter, bool isActive)
    {
        if (string.IsNullOrWhiteSpace(name.Nb) || name.Nb.Length > DevelopmentConsts.TitleMax)
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "name" };
        var trimmed = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        if (trimmed is { Length: > DevelopmentConsts.UnitMax }) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "unit" };
        (Name, Unit, HigherIsBetter, IsActive) = (name, trimmed, higherIsBetter, isActive);
    }

    /// <summary>Codes are compared without regard to case or surrounding spaces, as spreadsheets write them.</summary>
    public static string NormalizeCode(string? code)
    {
        var text = code?.Trim().ToUpperInvariant() ?? "";
        if (text.Length is 0 or > DevelopmentConsts.CodeMax || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "code" };
        return text;
    }

    /// <summary>A value this indicator can hold: a percent between 0 and 100, a number between 0 and <see cref="DevelopmentConsts.MaxNumber"/>.</summary>
    public decimal CheckValue(decimal value, string field = "value")
    {
        if (ValueKind == IndicatorValueKind.Percent && value is < 0 or > 100)
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorPercentOutOfRange, value.ToString(CultureInfo.InvariantCulture)) { Field = field };
        if (ValueKind == IndicatorValueKind.Number && value is < 0 or > DevelopmentConsts.MaxNumber)
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorNumberOutOfRange, value.ToString(CultureInfo.InvariantCulture)) { Field = field };
        return decimal.Round(value, 4);
    }

    /// <summary>
    /// A value as the statistics write it: a decimal point or comma, spaces between thousands, a per cent sign after a percent.
    /// Anything else (a word, an empty cell) is refused with the text that was given.
    /// </summary>
    public decimal ParseValue(string? text, string field = "value")
    {
        var s = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (ValueKind == IndicatorValueKind.Percent && s.EndsWith('%')) s = s[..^1];
        s = s.Replace(',', '.');
        if (s.Length == 0 || s.Length > 30
            || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            throw new BusinessException(NavLederprogramErrorCodes.IndicatorValueNotANumber, text ?? "") { Field = field };
        return CheckValue(value, field);
    }
}
